package ai.stagesense.codeintel.docstring;

/**
 * The one edit a front-end applies: replace lines {@code startLine..endLine} (1-based, inclusive) with {@code text}.
 * An insertion before line {@code startLine} has {@code endLine == startLine - 1}. The text is ready to insert:
 * quotes or comment markers included, indented for its place, ending with a line break.
 */
public record DocstringEdit(int startLine, int endLine, String text) {

    public boolean isInsertion() {
        return endLine == startLine - 1;
    }
}
