package ai.stagesense.intellij.core.editor;

/**
 * Whether asking for a next-line suggestion makes sense at the caret. Each "no" is a request the server is spared
 * and gray text the user is spared while doing something else.
 */
public final class TriggerPolicy {

    private TriggerPolicy() {
    }

    public static boolean shouldRequest(CellView view, Language language) {
        String prefix = view.prefix();
        String suffix = view.suffix();
        if (prefix.isBlank() && view.earlierCells().isEmpty()) {
            return false; // nothing to predict from: an empty file
        }
        if (!suffix.isEmpty() && isIdentifierPart(suffix.charAt(0))) {
            return false; // caret inside a word: the user is editing it, not writing a new line
        }
        String line = prefix.substring(prefix.lastIndexOf('\n') + 1);
        return !inLineComment(line, language);
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** A comment marker outside string quotes earlier on the caret's line. */
    static boolean inLineComment(String line, Language language) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (language == Language.PYTHON && c == '#') {
                return true;
            } else if (language == Language.JAVA && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return true;
            }
        }
        return false;
    }
}
