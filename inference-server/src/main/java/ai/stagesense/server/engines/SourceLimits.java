package ai.stagesense.server.engines;

/**
 * Bounds on how much user code one request makes the parser read, so every request fits its time budget.
 *
 * <p>Nesting: CPython refuses code with more than 200 nested brackets ("too many nested parentheses"), and the
 * error-recovering parser slows down sharply on deep unclosed brackets (an unfinished {@code def f(} repeated a
 * thousand times takes seconds). Code nested deeper than {@link #MAX_NESTING} is therefore never parsed.
 *
 * <p>Size: the models read a few hundred tokens, so the stage classifier reads the start of each cell and
 * completion the most recent context; parsing a whole 1 MiB notebook would only spend the budget.
 */
public final class SourceLimits {

    /** CPython's limit on nested brackets (MAXLEVEL in its tokenizer). */
    public static final int MAX_NESTING = 200;

    private SourceLimits() {
    }

    /** True when the brackets outside strings and comments nest deeper than {@link #MAX_NESTING}. */
    public static boolean tooDeep(String code) {
        int depth = 0;
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == '#') {
                while (i < n && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                i = afterString(code, i);
                continue;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    return true;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
            i++;
        }
        return false;
    }

    /** Index after the string literal starting at {@code start} (its line's end for an unclosed short string). */
    private static int afterString(String code, int start) {
        char quote = code.charAt(start);
        boolean triple = code.startsWith(String.valueOf(quote).repeat(3), start);
        if (triple) {
            int end = code.indexOf(String.valueOf(quote).repeat(3), start + 3);
            return end < 0 ? code.length() : end + 3;
        }
        int i = start + 1;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return code.length();
    }

    /** At most {@code max} characters from the start, cut after a line break when there is one. */
    public static String head(String code, int max) {
        if (code.length() <= max) {
            return code;
        }
        int cut = code.lastIndexOf('\n', max - 1);
        return cut < 0 ? code.substring(0, max) : code.substring(0, cut + 1);
    }

    /** At most {@code max} characters from the end, starting at a line start when there is one. */
    public static String tail(String code, int max) {
        if (code.length() <= max) {
            return code;
        }
        int from = code.length() - max;
        int lineStart = code.indexOf('\n', from);
        return lineStart < 0 || lineStart + 1 >= code.length() ? code.substring(from) : code.substring(lineStart + 1);
    }
}
