package ai.stagesense.lsp;

import ai.stagesense.codeintel.docstring.DocstringEdit;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/** Turns the generator's line-based {@link DocstringEdit} into an LSP {@link TextEdit} on the document. */
final class LineEdits {

    private LineEdits() {
    }

    static TextEdit toTextEdit(String text, DocstringEdit edit) {
        int from = lineStart(text, edit.startLine() - 1);
        int to = edit.isInsertion() ? from : lineStart(text, edit.endLine());
        String newText = edit.text();
        if (from == text.length() && !text.isEmpty() && !text.endsWith("\n")) {
            // inserting after a last line that has no line break: the docstring must start on a line of its own
            newText = "\n" + newText;
        }
        return new TextEdit(new Range(TextPositions.position(text, from), TextPositions.position(text, to)), newText);
    }

    /** The text the edit replaces, to tell whether an update would change anything. */
    static String replaced(String text, DocstringEdit edit) {
        int from = lineStart(text, edit.startLine() - 1);
        int to = edit.isInsertion() ? from : lineStart(text, edit.endLine());
        return text.substring(from, Math.max(from, to));
    }

    /** Offset of a 0-based line's first character; the text's end for lines past it. */
    private static int lineStart(String text, int line) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            int nl = text.indexOf('\n', offset);
            if (nl < 0) {
                return text.length();
            }
            offset = nl + 1;
        }
        return offset;
    }
}
