package ai.stagesense.dataset.notebooks;

import ai.stagesense.codeintel.masking.LineAbstraction;
import ai.stagesense.codeintel.stage.CellFeatures;
import ai.stagesense.codeintel.stage.StageFeatures;
import ai.stagesense.codeintel.tokens.NextLineTokens;
import ai.stagesense.dataset.output.JsonLines;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON rows a featurized notebook contributes to {@code cells/}, {@code nextline/} and import sequences. */
public final class NotebookRows {

    /** The stage classifier reads at most this many tokens (docs/models.md); longer lists only cost disk. */
    static final int STAGE_MAX_TOKENS = 256;

    /** Separates cells in next-line contexts. */
    public static final String CELL_MARKER = "<cell>";

    private NotebookRows() {
    }

    public static List<String> cells(FeaturizedNotebook nb) {
        List<String> out = new ArrayList<>(nb.cells().size());
        for (FeaturizedCell cell : nb.cells()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("notebook_id", nb.id());
            row.put("corpus", nb.corpus());
            row.put("split", nb.split());
            row.put("position", cell.position());
            row.put("source", cell.source());
            row.put("masked", cell.masked());
            row.put("variables", cell.variables());
            row.put("votes", cell.votes());
            row.put("context", cell.context().tokens());
            row.put("stage_tokens", StageFeatures.tokens(
                    new CellFeatures(cell.source(), cell.masked(), cell.context()), STAGE_MAX_TOKENS));
            out.add(JsonLines.toJson(row));
        }
        return out;
    }

    /**
     * One pair per masked line: the previous masked lines of the notebook, oldest first, with {@link #CELL_MARKER}
     * between cells, cut to the last {@code maxContext} entries (markers included). A cell without masked lines
     * adds nothing, not even a marker, so markers never repeat.
     */
    public static List<String> nextLine(FeaturizedNotebook nb, int maxContext) {
        List<String> out = new ArrayList<>();
        Deque<String> history = new ArrayDeque<>(maxContext + 1);
        for (FeaturizedCell cell : nb.cells()) {
            List<FeaturizedLine> lines = cell.lines();
            if (lines.isEmpty()) {
                continue;
            }
            if (!history.isEmpty()) {
                push(history, CELL_MARKER, maxContext);
            }
            for (int i = 0; i < lines.size(); i++) {
                FeaturizedLine line = lines.get(i);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("notebook_id", nb.id());
                row.put("split", nb.split());
                row.put("cell_position", cell.position());
                row.put("line_index", i);
                List<String> context = new ArrayList<>(history);
                row.put("context", context);
                row.put("context_tokens", NextLineTokens.source(context));
                row.putAll(LineAbstraction.recordFields(context));
                row.put("target_tokens", NextLineTokens.target(line.masked()));
                row.put("target", line.masked());
                row.put("concrete", line.concrete());
                row.put("template_key", line.templateKey());
                row.put("template", line.template());
                row.put("new_cell", i == 0);
                row.put("cell_votes", cell.votes());
                out.add(JsonLines.toJson(row));
                push(history, line.masked(), maxContext);
            }
        }
        return out;
    }

    public static List<String> importSequence(FeaturizedNotebook nb) {
        if (nb.imports().isEmpty()) {
            return List.of();
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("notebook_id", nb.id());
        row.put("split", nb.split());
        row.put("imports", nb.imports());
        return List.of(JsonLines.toJson(row));
    }

    private static void push(Deque<String> history, String entry, int max) {
        history.addLast(entry);
        while (history.size() > max) {
            history.removeFirst();
        }
    }
}
