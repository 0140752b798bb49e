package ai.stagesense.server.engines.completion;

/**
 * The prefix split at the start of the cursor's line: the complete lines before it, and what is typed on it.
 *
 * @param completeLines the prefix up to and including its last line break ("" when the cursor is on line 1)
 * @param indent        the typed line's leading blanks
 * @param text          the typed line after its indentation ("" at the start of a line)
 * @param previous      the last non-blank complete line, or "" (for indentation after a ':')
 */
public record TypedLine(String completeLines, String indent, String text, String previous) {

    public static TypedLine of(String prefix) {
        int newline = prefix.lastIndexOf('\n');
        String complete = prefix.substring(0, newline + 1);
        String line = prefix.substring(newline + 1);
        int blanks = 0;
        while (blanks < line.length() && (line.charAt(blanks) == ' ' || line.charAt(blanks) == '\t')) {
            blanks++;
        }
        return new TypedLine(complete, line.substring(0, blanks), line.substring(blanks), lastNonBlank(complete));
    }

    /** The identifier the typed text starts with ({@code df} of {@code df.gr}), or null. */
    public String leadingName() {
        int end = 0;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        return end == 0 || Character.isDigit(text.charAt(0)) ? null : text.substring(0, end);
    }

    private static String lastNonBlank(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = lines.length - 1; i >= 0; i--) {
            String stripped = lines[i].stripTrailing();
            if (!stripped.isBlank() && !stripped.stripLeading().startsWith("#")) {
                return stripped;
            }
        }
        return "";
    }

    /**
     * What to insert for a full suggested line: the rest of it when the typed text is its beginning (null when
     * it is not), or the line itself at the start of a line, indented one level when the previous line opened a
     * block and the editor has not indented yet.
     */
    public String insertion(String line) {
        if (!text.isEmpty()) {
            return line.startsWith(text) && line.length() > text.length() ? line.substring(text.length()) : null;
        }
        if (previous.endsWith(":")) {
            int previousIndent = previous.length() - previous.stripLeading().length();
            int wanted = previousIndent + 4;
            if (indent.length() < wanted) {
                return " ".repeat(wanted - indent.length()) + line;
            }
        }
        return line;
    }
}
