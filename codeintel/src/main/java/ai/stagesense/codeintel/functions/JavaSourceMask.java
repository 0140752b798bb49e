package ai.stagesense.codeintel.functions;

import java.util.ArrayList;
import java.util.List;

/**
 * Java text with comments and string/char literals blanked out (offsets and line breaks kept), so that braces,
 * parentheses and keywords can be matched with plain scanning on code that does not parse. Javadoc spans are kept
 * aside for the recovered functions' docstrings.
 */
final class JavaSourceMask {

    /** A Javadoc comment over [start, end) offsets, markers included. */
    record Span(int start, int end) {
    }

    private final String masked;
    private final List<Span> javadocs;

    private JavaSourceMask(String masked, List<Span> javadocs) {
        this.masked = masked;
        this.javadocs = javadocs;
    }

    static JavaSourceMask of(String source) {
        StringBuilder out = new StringBuilder(source);
        List<Span> javadocs = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            int end;
            if (source.startsWith("//", i)) {
                end = indexOrEnd(source, "\n", i);
            } else if (source.startsWith("/*", i)) {
                int close = source.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
                if (source.startsWith("/**", i) && !source.startsWith("/**/", i)) {
                    javadocs.add(new Span(i, end));
                }
            } else if (source.startsWith("\"\"\"", i)) {
                end = closeOf(source, i + 3, "\"\"\"");
            } else if (c == '"' || c == '\'') {
                end = closeOnLine(source, i + 1, c);
            } else {
                i++;
                continue;
            }
            blank(out, i, end);
            i = end;
        }
        return new JavaSourceMask(out.toString(), javadocs);
    }

    private static int indexOrEnd(String s, String what, int from) {
        int at = s.indexOf(what, from);
        return at < 0 ? s.length() : at;
    }

    private static int closeOf(String s, int from, String close) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == '\\') {
                i += 2;
            } else if (s.startsWith(close, i)) {
                return i + close.length();
            } else {
                i++;
            }
        }
        return s.length();
    }

    /** An unclosed literal ends at the line break: that is how javac reports it, and it keeps the damage local. */
    private static int closeOnLine(String s, int from, char quote) {
        int i = from;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            if (s.charAt(i) == '\\') {
                i += 2;
            } else if (s.charAt(i) == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return Math.min(i, s.length());
    }

    private static void blank(StringBuilder out, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = out.charAt(i);
            if (c != '\n' && c != '\r') {
                out.setCharAt(i, ' ');
            }
        }
    }

    String masked() {
        return masked;
    }

    /** The Javadoc that ends right before offset (only whitespace between), if any. */
    Span javadocBefore(int offset) {
        for (int k = javadocs.size() - 1; k >= 0; k--) {
            Span s = javadocs.get(k);
            if (s.end() <= offset) {
                return masked.substring(s.end(), offset).isBlank() ? s : null;
            }
        }
        return null;
    }
}
