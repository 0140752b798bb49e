package ai.stagesense.cli;

import ai.stagesense.codeintel.tokens.Vocabulary;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code stagesense vocab --dataset DIR}: the models' vocabulary files, from the token lists the dataset builder
 * wrote, counted over the train split only (dev/test tokens must not shape the vocabulary).
 */
final class VocabCommand implements Command {

    /** (output file, dataset table, token fields, minimum count, maximum size). */
    private record Spec(String file, String table, List<String> fields, int minCount, int maxSize) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("stage.vocab", "cells", List.of("stage_tokens"), 3, 16_000),
            new Spec("nextline.vocab", "nextline", List.of("context_tokens", "target_tokens"), 3, 8_000),
            new Spec("summary-src.vocab", "docstrings", List.of("code_tokens"), 3, 16_000),
            new Spec("summary-tgt.vocab", "docstrings", List.of("summary_tokens"), 3, 8_000));

    @Override
    public String name() {
        return "vocab";
    }

    @Override
    public String summary() {
        return "build the models' vocabulary files from a dataset's train split";
    }

    @Override
    public String usage() {
        return "--dataset DIR";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length != 2 || !args[0].equals("--dataset")) {
            throw new UsageException("expected --dataset DIR");
        }
        Path dataset = Path.of(args[1]);
        Path target = dataset.resolve("vocab");
        Files.createDirectories(target);
        for (Spec spec : SPECS) {
            Map<String, Long> counts = count(dataset.resolve(spec.table()), spec.fields());
            Vocabulary vocabulary = Vocabulary.fromCounts(counts, spec.minCount(), spec.maxSize());
            vocabulary.save(target.resolve(spec.file()));
            out.printf("%-18s %6d tokens (from %d distinct in train)%n", spec.file(), vocabulary.size(), counts.size());
        }
        return 0;
    }

    private static Map<String, Long> count(Path table, List<String> fields) throws IOException {
        if (!Files.isDirectory(table)) {
            throw new IOException("no table " + table + " (run ./stagesense dataset first)");
        }
        Map<String, Long> counts = new HashMap<>();
        try (Stream<Path> parts = Files.list(table)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().matches("part-.*\\.json(l)?")).toList()) {
                try (BufferedReader reader = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonObject row = JsonParser.parseString(line).getAsJsonObject();
                        if (!"train".equals(row.get("split").getAsString())) {
                            continue;
                        }
                        for (String field : fields) {
                            if (row.has(field) && row.get(field).isJsonArray()) {
                                for (JsonElement token : row.getAsJsonArray(field)) {
                                    counts.merge(token.getAsString(), 1L, Long::sum);
                                }
                            }
                        }
                    }
                }
            }
        }
        return counts;
    }
}
