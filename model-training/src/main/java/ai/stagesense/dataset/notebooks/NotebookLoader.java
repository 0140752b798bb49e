package ai.stagesense.dataset.notebooks;

import ai.stagesense.codeintel.notebook.Cell;
import ai.stagesense.codeintel.notebook.Notebook;
import ai.stagesense.codeintel.notebook.NotebookFormatException;
import ai.stagesense.codeintel.notebook.NotebookReader;
import ai.stagesense.dataset.Counts;
import ai.stagesense.dataset.Hashing;
import ai.stagesense.dataset.input.InputFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Reads one notebook file on an executor. Never throws: every way a file can be unusable becomes a counted skip
 * reason, so one bad file cannot fail the job.
 */
public final class NotebookLoader {

    /** Notebooks with embedded outputs reach tens of MB; beyond this a file is data, not a notebook. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Cells this long are generated data (embedded base64, pasted CSV), not code anyone types. */
    public static final int MAX_CELL_CHARS = 100_000;

    private NotebookLoader() {
    }

    public static LoadedNotebook load(InputFile file) {
        String id = file.group() + "/" + file.relative();
        Counts counts = new Counts();
        if (file.size() > MAX_FILE_BYTES) {
            return skipped(id, file, "file_too_large", counts);
        }
        Notebook notebook;
        try {
            notebook = NotebookReader.read(Path.of(file.path()));
        } catch (NotebookFormatException e) {
            return skipped(id, file, reason(e, file.relative()), counts);
        } catch (IOException e) {
            return skipped(id, file, "io_error", counts);
        } catch (RuntimeException | StackOverflowError e) {
            return skipped(id, file, "reader_failed", counts);
        }
        List<LoadedCell> cells = new ArrayList<>();
        int position = 0;
        for (Cell cell : notebook.codeCells()) {
            String source = cell.source();
            if (source.isBlank()) {
                counts.add("notebooks/cells_skipped/empty");
            } else if (source.length() > MAX_CELL_CHARS) {
                counts.add("notebooks/cells_skipped/huge_cell");
            } else {
                cells.add(new LoadedCell(position, source));
            }
            position++;
        }
        if (cells.isEmpty()) {
            return skipped(id, file, "no_code_cells", counts);
        }
        long fingerprint = 17;
        TreeSet<Long> set = new TreeSet<>();
        for (LoadedCell cell : cells) {
            long h = CellNormalizer.hash(cell.source());
            fingerprint = Hashing.combine(fingerprint, h);
            if (h != CellNormalizer.EMPTY) {
                set.add(h);
            }
        }
        counts.add("notebooks/read/" + file.group());
        return new LoadedNotebook(id, file.group(), List.copyOf(cells), fingerprint,
                set.stream().mapToLong(Long::longValue).toArray(), null, counts);
    }

    /** The reader's reason, named for the report; an .rst without ipython blocks is ordinary documentation. */
    static String reason(NotebookFormatException e, String relative) {
        String lower = relative.toLowerCase(Locale.ROOT);
        if (e.reason() == NotebookFormatException.Reason.NO_CELLS && (lower.endsWith(".rst") || lower.endsWith(".rst.txt"))) {
            return "no_ipython_directives";
        }
        return e.reason().name().toLowerCase(Locale.ROOT);
    }

    private static LoadedNotebook skipped(String id, InputFile file, String reason, Counts counts) {
        counts.add("notebooks/skipped/" + reason).add("notebooks/skipped_by_corpus/" + file.group() + "/" + reason);
        return new LoadedNotebook(id, file.group(), List.of(), 0, new long[0], reason, counts);
    }
}
