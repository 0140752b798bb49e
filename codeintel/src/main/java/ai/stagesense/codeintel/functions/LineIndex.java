package ai.stagesense.codeintel.functions;

import java.util.Arrays;

/**
 * Converts between character offsets and (1-based line, 0-based column) positions. Treats "\r\n", "\r" and "\n" as
 * one line break each, like JavaParser does, so its positions map back onto the original text.
 */
final class LineIndex {

    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    String text() {
        return text;
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** Offset of a position, clamped to the text. */
    int offset(int line, int column) {
        int l = Math.max(1, Math.min(line, lineStarts.length));
        return Math.max(0, Math.min(lineStarts[l - 1] + column, text.length()));
    }

    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    int column(int offset) {
        return offset - lineStarts[line(offset) - 1];
    }

    /** The leading spaces and tabs of a 1-based line. */
    String indentation(int line) {
        int start = offset(line, 0);
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    /** A range over [start, end) offsets. */
    SourceRange range(int start, int end) {
        return new SourceRange(line(start), column(start), line(end), column(end));
    }
}
