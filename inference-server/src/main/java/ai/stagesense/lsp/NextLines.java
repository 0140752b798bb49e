package ai.stagesense.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Next-line suggestions at a cursor, shared by completion and inline completion. The query is the HTTP API's: for a
 * notebook cell the prefix/suffix are the cell's and the context the earlier cells; for a plain file the prefix is
 * the file above the cursor (the file is one long cell). Each suggestion is returned as the replacement of the
 * line's typed text, from its first non-blank character to the cursor, so clients that filter by what is typed
 * (all of them) keep it.
 */
final class NextLines {

    /** One suggestion: replace {@code range} with {@code text}. */
    record Line(String text, Range range, String stage, double score) {
    }

    private final NextLineSource engine;

    NextLines(NextLineSource engine) {
        this.engine = engine;
    }

    List<Line> at(OpenDocuments.Doc doc, List<String> earlierCells, Position cursor, int max, LspBudget budget)
            throws Exception {
        if (engine == null || !doc.languageId().equals("python")) {
            return List.of();
        }
        String text = doc.text();
        int offset = TextPositions.offset(text, cursor);
        String prefix = text.substring(0, offset);
        List<NextLineSource.Suggestion> suggestions =
                engine.complete(prefix, text.substring(offset), earlierCells, max, budget);
        int lineStart = prefix.lastIndexOf('\n') + 1;
        String typed = prefix.substring(lineStart);
        int indent = typed.length() - typed.stripLeading().length();
        Position cursorPos = TextPositions.position(text, offset);
        Range range = new Range(new Position(cursorPos.getLine(), indent), cursorPos);
        List<Line> lines = new ArrayList<>();
        for (NextLineSource.Suggestion s : suggestions) {
            lines.add(new Line(typed.substring(indent) + s.text(), range, s.stage(), s.score()));
        }
        return lines;
    }
}
