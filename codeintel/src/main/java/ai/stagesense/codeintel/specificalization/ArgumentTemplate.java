package ai.stagesense.codeintel.specificalization;

/**
 * A learned way to write a masked line out in full.
 *
 * <p>{@code key} is the masked line with variables renamed to positions ({@code $1.groupby.mean}); {@code template}
 * is a concrete line over the same positions, full module paths and slots ({@code $1.groupby(${col}).mean()}).
 * Slots: {@code ${path}} a data file, {@code ${col}} a DataFrame column, {@code ${str}} a long string.
 * See docs/masking.md.
 */
public record ArgumentTemplate(String key, String template) {

    /** The lookup key of any masked line, so callers can find the template learned for it. */
    public static String keyOf(String masked) {
        return MaskedVariables.key(masked);
    }

    /**
     * Whether every bracket the template opens it closes and every string it opens ends. Some statements come out cut
     * short ({@code print(${str}}, counted often in the default corpora): written out, that is not Python.
     */
    public static boolean isBalanced(String template) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '"', '\'' -> quote = c;
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                default -> {
                }
            }
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0 && quote == 0;
    }
}
