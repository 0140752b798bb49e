package ai.stagesense.dataset.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source file bytes to text for function extraction. Strict UTF-8 first; a Python file that declares another
 * encoding (PEP 263, e.g. {@code # -*- coding: latin-1 -*-}) is decoded as declared, because that is how
 * Python itself reads it. Anything else that is not UTF-8 is rejected with a reason rather than guessed.
 */
public final class SourceText {

    /** As git does: a NUL byte near the start marks a binary file. */
    private static final int BINARY_PROBE = 8000;
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /** The text, how it was decoded ({@code utf-8} or the declared charset), or why it could not be. */
    public record Decoded(String text, String charset, String reason) {
        public boolean ok() {
            return text != null;
        }
    }

    private SourceText() {
    }

    public static Decoded decode(byte[] bytes, boolean python) {
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                return new Decoded(null, null, "binary");
            }
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8.startsWith("\uFEFF") ? utf8.substring(1) : utf8, "utf-8", null);
        }
        Charset declared = python ? declaredCharset(bytes) : null;
        if (declared != null) {
            String text = strict(bytes, declared);
            if (text != null) {
                return new Decoded(text, declared.name().toLowerCase(java.util.Locale.ROOT), null);
            }
        }
        return new Decoded(null, null, "not_utf8");
    }

    /** PEP 263: the cookie is on line 1 or 2; those lines are ASCII in every encoding Python accepts. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\\r\\n|\\r|\\n", 3);
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            Matcher m = CODING.matcher(lines[i]);
            if (m.find()) {
                return charset(m.group(1));
            }
        }
        return null;
    }

    /** Python spells some codecs differently ({@code latin-1}, {@code utf_8}); Java knows them without the dash. */
    private static Charset charset(String pythonName) {
        for (String name : new String[] {pythonName, pythonName.replace('_', '-'), pythonName.replaceAll("[-_]", "")}) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException unknown) {
                // try the next spelling
            }
        }
        return null;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
