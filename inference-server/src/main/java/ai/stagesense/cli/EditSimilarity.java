package ai.stagesense.cli;

/**
 * Edit similarity as in the research: {@code 1 - Levenshtein(a, b) / max(|a|, |b|)} over characters. Runs of
 * whitespace (line breaks of a multi-line statement, indentation an editor adds) count as one space, so layout
 * does not decide the score.
 */
final class EditSimilarity {

    /** Longer lines are cut: the score of a suggested line is decided well within this many characters. */
    static final int MAX_CHARS = 400;

    private EditSimilarity() {
    }

    static double of(String suggested, String actual) {
        String a = normalise(suggested);
        String b = normalise(actual);
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 1.0 : 1.0 - (double) distance(a, b) / longest;
    }

    static String normalise(String text) {
        String collapsed = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return collapsed.length() > MAX_CHARS ? collapsed.substring(0, MAX_CHARS) : collapsed;
    }

    /** Levenshtein distance (insert, delete, substitute cost 1) with two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
