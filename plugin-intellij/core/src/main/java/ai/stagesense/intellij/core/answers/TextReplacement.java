package ai.stagesense.intellij.core.answers;

/**
 * Replace {@code [start, end)} of a document by {@code text}: one call to the editor's
 * {@code Document.replaceString}, so the change is a single undoable step.
 */
public record TextReplacement(int start, int end, String text) {

    public TextReplacement {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public String applyTo(String document) {
        if (end > document.length()) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") outside the document (length "
                    + document.length() + ")");
        }
        return document.substring(0, start) + text + document.substring(end);
    }

    public TextReplacement shiftedBy(int offset) {
        return new TextReplacement(start + offset, end + offset, text);
    }
}
