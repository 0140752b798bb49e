package ai.stagesense.packages;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The package part of a dataset built by {@code ./stagesense dataset} (JSON Lines part files):
 * {@code packages/documents/}, the dependency rows of {@code packages/edges/} and
 * {@code packages/import_sequences/}. Co-import edges are not read here: co-occurrence is counted from the import
 * sequences themselves, so that counts and per-package totals come from the same notebooks.
 */
public record PackageDataset(List<PackageDocument> documents, Map<String, Set<String>> dependencies,
                             List<ImportSequence> importSequences) {

    public static PackageDataset read(Path dataset) throws IOException {
        Path packages = dataset.resolve("packages");
        Path documentsDir = packages.resolve("documents");
        if (!Files.isDirectory(documentsDir)) {
            throw new IOException("no " + documentsDir + " (run ./stagesense dataset with --pypi/--debian first)");
        }
        List<PackageDocument> documents = new ArrayList<>();
        forEachRow(documentsDir, row -> documents.add(document(row)));
        documents.sort(Comparator.comparing(PackageDocument::name));
        Map<String, Set<String>> dependencies = new TreeMap<>();
        forEachRow(packages.resolve("edges"), row -> {
            if ("dependency".equals(string(row, "kind"))) {
                dependencies.computeIfAbsent(string(row, "src"), k -> new LinkedHashSet<>()).add(string(row, "dst"));
            }
        });
        List<ImportSequence> sequences = new ArrayList<>();
        forEachRow(packages.resolve("import_sequences"), row -> sequences.add(new ImportSequence(
                string(row, "notebook_id"), string(row, "split"), strings(row, "imports"))));
        return new PackageDataset(documents, dependencies, sequences);
    }

    /** Every object of every {@code *.json}/{@code *.jsonl} file of a directory; an absent directory has none. */
    private static void forEachRow(Path directory, Consumer<JsonObject> consumer) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<Path> parts;
        try (Stream<Path> files = Files.list(directory)) {
            parts = files.filter(p -> p.getFileName().toString().matches(".*\\.jsonl?")).sorted().toList();
        }
        for (Path part : parts) {
            try (BufferedReader reader = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (!line.isBlank()) {
                        consumer.accept(JsonParser.parseString(line).getAsJsonObject());
                    }
                }
            }
        }
    }

    private static PackageDocument document(JsonObject row) {
        JsonElement rank = row.get("rank");
        return new PackageDocument(string(row, "name"), string(row, "summary"), string(row, "description"),
                strings(row, "keywords"), string(row, "homepage"), string(row, "maintainer"),
                rank == null || rank.isJsonNull() ? 0 : rank.getAsInt(), strings(row, "sources"));
    }

    private static String string(JsonObject row, String field) {
        JsonElement value = row.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static List<String> strings(JsonObject row, String field) {
        JsonElement value = row.get(field);
        List<String> out = new ArrayList<>();
        if (value != null && value.isJsonArray()) {
            for (JsonElement e : (JsonArray) value) {
                if (!e.isJsonNull()) {
                    out.add(e.getAsString());
                }
            }
        }
        return out;
    }
}
