package ai.stagesense.codeintel.notebook;

import ai.stagesense.codeintel.notebook.NotebookFormatException.Reason;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** Raw file bytes to text, failing with a countable reason instead of guessing or replacing characters. */
final class NotebookBytes {

    /** Like git, a NUL byte near the start marks a binary file; UTF-8 text never contains one. */
    private static final int BINARY_PROBE = 8000;

    private NotebookBytes() {
    }

    static byte[] gunzip(byte[] bytes, String source) throws NotebookFormatException {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            throw new NotebookFormatException(Reason.NOT_GZIP, source, "no gzip header");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new NotebookFormatException(Reason.NOT_GZIP, source, e.getMessage(), e);
        }
    }

    /** Strict UTF-8; a leading byte-order mark is dropped. */
    static String decode(byte[] bytes, String source) throws NotebookFormatException {
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                throw new NotebookFormatException(Reason.BINARY, source, "NUL byte at offset " + i);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new NotebookFormatException(Reason.NOT_UTF8, source, at < bytes.length
                    ? String.format("invalid byte 0x%02X at offset %d", bytes[at] & 0xff, at)
                    : "truncated character at the end");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
