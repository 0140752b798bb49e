package ai.stagesense.cli;

import ai.stagesense.codeintel.masking.MaskedLine;
import ai.stagesense.codeintel.masking.NotebookMasker;
import ai.stagesense.server.engines.completion.CompletionQuery;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Held-out notebooks of the dataset builder's output, rebuilt so that a next-line pair can be asked of the engine as
 * a front-end would ask it: the notebook's code cells ({@code cells/}, in position order) give the earlier cells,
 * and the cell's source up to the start of the target statement is the prefix (nothing after the cursor: the
 * notebook is written top to bottom). The pairs themselves ({@code nextline/}) give the target masked line and the
 * real line.
 *
 * <p>The builder's rows do not say which source line a pair's statement starts on, so each notebook is masked again
 * with the same {@link NotebookMasker} sequence the builder used; a pair whose masked line comes out differently is
 * skipped and counted. So is a pair that continues a statement already started (the second name of
 * {@code import a, b}): an editor cannot ask for it, its line is already written.
 */
final class HeldOutNotebooks {

    /** One pair. {@code cell} indexes {@link Notebook#cells()}; the previous line is the last statement before it. */
    record Pair(int cell, String prefix, String target, String concrete, boolean newCell, String previousMasked,
                String previousConcrete) {
    }

    record Notebook(String id, List<String> cells, List<Pair> pairs) {

        CompletionQuery query(Pair pair, int maxSuggestions) {
            return new CompletionQuery(pair.prefix(), "", cells.subList(0, pair.cell()), "python", maxSuggestions);
        }
    }

    /** The notebooks chosen and what was left out of their pairs. */
    record Selection(List<Notebook> notebooks, int pairs, int heldOutNotebooks, int heldOutPairs, int mismatched,
                     int continuations) {
    }

    private record Row(int position, int lineIndex, String target, String concrete, boolean newCell) {
    }

    private HeldOutNotebooks() {
    }

    /**
     * The split's notebooks in a fixed pseudo-random order (by the hash of their id, so that a limit does not take
     * one repository's notebooks), at most {@code perNotebook} pairs of each (evenly spread over the notebook, so a
     * long notebook does not fill the sample alone), until {@code limit} pairs.
     */
    static Selection read(Path dataset, String split, int limit, int perNotebook) throws IOException {
        Map<String, TreeMap<Integer, String>> cells = new HashMap<>();
        forEachRow(dataset.resolve("cells"), split, row -> cells
                .computeIfAbsent(row.get("notebook_id").getAsString(), k -> new TreeMap<>())
                .put(row.get("position").getAsInt(), row.get("source").getAsString()));
        Map<String, List<Row>> rows = new HashMap<>();
        int[] total = {0};
        forEachRow(dataset.resolve("nextline"), split, row -> {
            total[0]++;
            rows.computeIfAbsent(row.get("notebook_id").getAsString(), k -> new ArrayList<>()).add(new Row(
                    row.get("cell_position").getAsInt(), row.get("line_index").getAsInt(),
                    row.get("target").getAsString(), row.get("concrete").getAsString(),
                    row.get("new_cell").getAsBoolean()));
        });
        List<String> ids = rows.keySet().stream().filter(cells::containsKey)
                .sorted(Comparator.comparingInt(String::hashCode).thenComparing(Comparator.naturalOrder()))
                .toList();
        List<Notebook> chosen = new ArrayList<>();
        int pairs = 0;
        int[] skipped = new int[2];
        for (String id : ids) {
            if (pairs >= limit) {
                break;
            }
            Notebook notebook = rebuild(id, cells.get(id), rows.get(id), skipped);
            List<Pair> spread = spread(notebook.pairs(), perNotebook);
            List<Pair> kept = spread.subList(0, Math.min(spread.size(), limit - pairs));
            if (!kept.isEmpty()) {
                chosen.add(new Notebook(id, notebook.cells(), List.copyOf(kept)));
                pairs += kept.size();
            }
        }
        return new Selection(List.copyOf(chosen), pairs, rows.size(), total[0], skipped[0], skipped[1]);
    }

    /** At most {@code n} of the items, evenly spaced, in order. */
    static <T> List<T> spread(List<T> items, int n) {
        if (items.size() <= n) {
            return items;
        }
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(items.get((int) ((long) i * items.size() / n)));
        }
        return out;
    }

    /** @param skipped counts: [0] masked differently, [1] continuation of a started statement */
    static Notebook rebuild(String id, TreeMap<Integer, String> sources, List<Row> rows, int[] skipped) {
        List<String> cells = new ArrayList<>(sources.values());
        List<Integer> positions = new ArrayList<>(sources.keySet());
        NotebookMasker masker = new NotebookMasker();
        Map<Integer, List<MaskedLine>> masked = new HashMap<>();
        Map<Integer, MaskedLine> previousOfCell = new HashMap<>(); // the last statement before each cell
        MaskedLine last = null;
        for (int i = 0; i < cells.size(); i++) {
            previousOfCell.put(positions.get(i), last);
            List<MaskedLine> lines = masker.mask(cells.get(i)).lines();
            masked.put(positions.get(i), lines);
            if (!lines.isEmpty()) {
                last = lines.get(lines.size() - 1);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (Row row : rows.stream().sorted(Comparator.comparingInt(Row::position).thenComparingInt(Row::lineIndex))
                .toList()) {
            List<MaskedLine> lines = masked.get(row.position());
            if (lines == null || row.lineIndex() >= lines.size()
                    || !lines.get(row.lineIndex()).masked().equals(row.target())) {
                skipped[0]++;
                continue;
            }
            MaskedLine line = lines.get(row.lineIndex());
            MaskedLine previous = row.lineIndex() > 0 ? lines.get(row.lineIndex() - 1)
                    : previousOfCell.get(row.position());
            if (row.lineIndex() > 0 && previous.line() == line.line()) {
                skipped[1]++;
                continue;
            }
            int cell = positions.indexOf(row.position());
            pairs.add(new Pair(cell, prefixBefore(cells.get(cell), line.line()), row.target(), row.concrete(),
                    row.newCell(), previous == null ? null : previous.masked(),
                    previous == null ? null : previous.concrete()));
        }
        return new Notebook(id, List.copyOf(cells), List.copyOf(pairs));
    }

    /** The source before 1-based {@code line}: whole lines, ending with the line break the cursor follows. */
    static String prefixBefore(String source, int line) {
        int offset = 0;
        for (int i = 1; i < line; i++) {
            int newline = source.indexOf('\n', offset);
            if (newline < 0) {
                return source + "\n";
            }
            offset = newline + 1;
        }
        return source.substring(0, offset);
    }

    private interface RowConsumer {
        void accept(JsonObject row);
    }

    /** The JSON-lines rows of a split: the split test on the raw text first, so most rows are never parsed. */
    private static void forEachRow(Path dir, String split, RowConsumer consumer) throws IOException {
        String marker = "\"split\":\"" + split + "\"";
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(dir + " has no .json part files (run stagesense dataset first)");
        }
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.contains(marker)) {
                        JsonObject row = JsonParser.parseString(line).getAsJsonObject();
                        if (row.get("split").getAsString().equals(split)) {
                            consumer.accept(row);
                        }
                    }
                }
            }
        }
    }
}
