package ai.stagesense.codeintel.parsing;

import java.util.Locale;

/** Reads the value of a Python string literal token (prefix and quotes removed, common escapes decoded). */
public final class PythonStrings {

    private PythonStrings() {
    }

    public static String value(String literal) {
        int i = 0;
        while (i < literal.length() && Character.isLetter(literal.charAt(i))) {
            i++;
        }
        String prefix = literal.substring(0, i).toLowerCase(Locale.ROOT);
        String body = literal.substring(i);
        int quoteLength = body.startsWith("\"\"\"") || body.startsWith("'''") ? 3 : 1;
        if (body.length() < quoteLength) {
            return "";
        }
        String quotes = body.substring(0, quoteLength);
        String content = body.substring(quoteLength);
        if (content.endsWith(quotes)) {
            content = content.substring(0, content.length() - quoteLength);
        }
        return prefix.contains("r") ? content : unescape(content);
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '\\', '\'', '"' -> out.append(n);
                case '\n' -> {
                }
                default -> out.append('\\').append(n);
            }
        }
        return out.toString();
    }
}
