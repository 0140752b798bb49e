package ai.stagesense.server.engines.completion;

import ai.stagesense.codeintel.masking.MaskedCell;
import ai.stagesense.codeintel.masking.MaskedLine;
import ai.stagesense.codeintel.masking.NotebookMasker;
import ai.stagesense.codeintel.specificalization.RealizationContext;
import ai.stagesense.codeintel.stage.CellFeatures;
import ai.stagesense.codeintel.stage.NotebookFlow;
import ai.stagesense.codeintel.tokens.Vocabulary;
import ai.stagesense.server.engines.SourceLimits;
import ai.stagesense.server.exec.Budget;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a completion needs from the notebook, from one pass: the earlier cells and then the prefix are masked
 * with one {@link NotebookMasker} (each piece parsed once), giving the model's context in the dataset builder's
 * form (masked lines oldest first, {@code <cell>} between cells, the last {@link #MAX_ENTRIES} entries), the user's
 * names for realisation, and the cells the stage is read from.
 *
 * <p>The prefix is masked up to the start of the line under the cursor: that line is still being typed and is
 * what the suggestion completes.
 *
 * <p>The models read the last few dozen context entries, so only the most recent {@link #MAX_CONTEXT_CHARS} of
 * earlier cells (whole cells) and the last {@link #MAX_PREFIX_CHARS} of the prefix are parsed; code nested deeper
 * than Python allows is not parsed at all ({@link SourceLimits}). Variable numbers then count from the first cell
 * read, as if the notebook started there.
 */
public final class NotebookContext {

    /** The dataset builder's default {@code --max-context}: the next-line models never saw longer contexts. */
    static final int MAX_ENTRIES = 32;
    static final int MAX_CONTEXT_CHARS = 256 * 1024;
    static final int MAX_PREFIX_CHARS = 128 * 1024;
    /** What the stage classifier reads of the current cell (see CellMasking). */
    static final int MAX_CELL_CHARS = 64 * 1024;

    private final List<String> entries;
    private final RealizationContext names;
    private final CellFeatures currentCell;
    private final CellFeatures lastEarlierCell;
    private final TypedLine typed;

    private NotebookContext(List<String> entries, RealizationContext names, CellFeatures currentCell,
                            CellFeatures lastEarlierCell, TypedLine typed) {
        this.entries = entries;
        this.names = names;
        this.currentCell = currentCell;
        this.lastEarlierCell = lastEarlierCell;
        this.typed = typed;
    }

    public static NotebookContext of(List<String> earlierCells, String prefix, String suffix, Budget budget) {
        NotebookMasker masker = new NotebookMasker();
        Map<String, String> written = new LinkedHashMap<>();
        TypedLine typed = TypedLine.of(SourceLimits.tail(prefix, MAX_PREFIX_CHARS));
        // The engine never suggests the line just written again: an earlier text of its masked line stands in for it.
        String justWritten = typed.previous().strip();
        NotebookFlow flow = new NotebookFlow();
        Deque<String> history = new ArrayDeque<>();
        CellFeatures lastEarlier = null;
        for (String cell : recent(earlierCells)) {
            budget.check();
            List<String> masked = mask(masker, cell, written, justWritten);
            if (masked.isEmpty()) {
                continue; // the dataset builder adds nothing, not even a marker, for a cell without masked lines
            }
            if (!history.isEmpty()) {
                push(history, Vocabulary.CELL);
            }
            masked.forEach(line -> push(history, line));
            lastEarlier = new CellFeatures(SourceLimits.head(cell, MAX_CELL_CHARS), masked, flow.next(masked));
        }
        budget.check();
        List<String> currentMasked = mask(masker, typed.completeLines(), written, justWritten);
        if (!history.isEmpty()) {
            push(history, Vocabulary.CELL);
        }
        currentMasked.forEach(line -> push(history, line));
        RealizationContext names = new RealizationContext(masker.variables(), masker.aliases(),
                masker.seen().paths(), masker.seen().columns(), Collections.unmodifiableMap(written));
        String cell = SourceLimits.head(typed.completeLines() + typed.indent() + typed.text() + suffix, MAX_CELL_CHARS);
        return new NotebookContext(List.copyOf(history), names,
                new CellFeatures(cell, currentMasked, flow.next(currentMasked)), lastEarlier, typed);
    }

    /**
     * The code's masked lines; records each single-line statement's text under its masked line in written, but for
     * the text {@code skip}.
     */
    private static List<String> mask(NotebookMasker masker, String code, Map<String, String> written, String skip) {
        if (SourceLimits.tooDeep(code)) {
            return List.of();
        }
        MaskedCell cell = masker.mask(code);
        for (MaskedLine line : cell.lines()) {
            String text = line.concrete() == null ? "" : line.concrete().strip();
            if (!text.isEmpty() && text.indexOf('\n') < 0 && !text.equals(skip)) {
                written.remove(line.masked()); // re-inserted: the map iterates from the oldest line to the latest
                written.put(line.masked(), text);
            }
        }
        return cell.masked();
    }

    /** The most recent earlier cells that fit {@link #MAX_CONTEXT_CHARS}, oldest first. */
    private static List<String> recent(List<String> cells) {
        int from = cells.size();
        long chars = 0;
        while (from > 0 && chars + cells.get(from - 1).length() <= MAX_CONTEXT_CHARS) {
            chars += cells.get(--from).length();
        }
        return cells.subList(from, cells.size());
    }

    private static void push(Deque<String> history, String entry) {
        history.addLast(entry);
        while (history.size() > MAX_ENTRIES) {
            history.removeFirst();
        }
    }

    /** Masked lines before the cursor, oldest first, with {@code <cell>} markers. */
    public List<String> entries() {
        return entries;
    }

    public RealizationContext names() {
        return names;
    }

    /** The cell being written (prefix + suffix) and the masked lines of its complete lines before the cursor. */
    public CellFeatures currentCell() {
        return currentCell;
    }

    /** The last earlier cell that has code, or null. */
    public CellFeatures lastEarlierCell() {
        return lastEarlierCell;
    }

    public TypedLine typed() {
        return typed;
    }

    /** Both sides of the cursor are blank: a new, empty cell (or file). */
    public boolean emptyCell() {
        return currentCell.source().isBlank();
    }
}
