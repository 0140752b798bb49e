package ai.stagesense.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * LSP positions against document text. Java strings are UTF-16 like LSP's default position encoding, so a
 * character offset is a string index; positions past a line's end or the document's end are clamped rather than
 * rejected, because clients do send them (stale positions after fast typing).
 */
final class TextPositions {

    private TextPositions() {
    }

    static int offset(String text, Position position) {
        int line = Math.max(0, position.getLine());
        int start = 0;
        for (int i = 0; i < line; i++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return text.length();
            }
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        int lineEnd = end < 0 ? text.length() : end;
        return Math.min(lineEnd, start + Math.max(0, position.getCharacter()));
    }

    static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        int limit = Math.min(offset, text.length());
        for (int i = 0; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, limit - lineStart);
    }

    /** A full or ranged content change applied to the text. */
    static String apply(String text, TextDocumentContentChangeEvent change) {
        if (change.getRange() == null) {
            return change.getText();
        }
        int from = offset(text, change.getRange().getStart());
        int to = Math.max(from, offset(text, change.getRange().getEnd()));
        return text.substring(0, from) + change.getText() + text.substring(to);
    }
}
