package ai.stagesense.intellij.core.editor;

/**
 * A cell of a document: its content is {@code text.substring(start, end)} (marker line excluded).
 *
 * @param code false for markdown / raw cells, which are never sent as code context
 */
public record TextCell(int start, int end, boolean code) {

    public String contentOf(String text) {
        return text.substring(start, end);
    }

    /** The caret belongs to a cell when it sits anywhere in its content, both ends included. */
    public boolean contains(int offset) {
        return start <= offset && offset <= end;
    }
}
