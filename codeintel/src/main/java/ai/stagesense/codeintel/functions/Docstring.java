package ai.stagesense.codeintel.functions;

/**
 * An existing docstring or Javadoc comment.
 *
 * @param text  the cleaned text (quotes / comment markers removed, common indentation removed)
 * @param style the detected convention
 * @param range where the literal or comment sits in the source, quotes and markers included
 */
public record Docstring(String text, DocstringStyle style, SourceRange range) {

    /** The first sentence: the reference summary for code-to-text models. */
    public String summary() {
        String firstParagraph = text.strip().split("\\n\\s*\\n", 2)[0].replaceAll("\\s+", " ").strip();
        int end = firstParagraph.length();
        for (int i = 0; i < firstParagraph.length() - 1; i++) {
            if (firstParagraph.charAt(i) == '.' && Character.isWhitespace(firstParagraph.charAt(i + 1))) {
                end = i + 1;
                break;
            }
        }
        return firstParagraph.substring(0, end).strip();
    }
}
