package ai.stagesense.cli;

import com.google.gson.Gson;
import com.google.gson.annotations.SerializedName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dataset builder's function → docstring pairs (docstrings/*.json, JSON lines), with the split assigned by
 * repository or package, so test pairs come from code the training never saw.
 */
final class DocstringPairs {

    private static final Gson GSON = new Gson();

    /** One pair; {@code summary} is the reference first sentence, {@code codeTokens} the function's sub-tokens. */
    record Pair(String language, String repo, String split, @SerializedName("qualified_name") String qualifiedName,
                String code, String summary, @SerializedName("code_tokens") List<String> codeTokens) {
    }

    private DocstringPairs() {
    }

    /** @param dir the docstrings/ folder (or one file); pairs without a summary are skipped */
    static List<Pair> read(Path dir) throws IOException {
        List<Path> files;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl"))
                        .sorted().toList();
            }
        } else {
            files = List.of(dir);
        }
        List<Pair> out = new ArrayList<>();
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                reader.lines().filter(line -> !line.isBlank()).map(line -> GSON.fromJson(line, Pair.class))
                        .filter(p -> p.summary() != null && !p.summary().isBlank())
                        .forEach(out::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return out;
    }
}
