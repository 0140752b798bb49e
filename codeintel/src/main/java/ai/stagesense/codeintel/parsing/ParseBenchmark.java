package ai.stagesense.codeintel.parsing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures how much real Python the grammar accepts and how fast: the share of files that parse without a
 * diagnostic and lines per second. Files that CPython itself rejects (test data such as badsyntax_*.py) can be
 * excluded by passing the list CPython accepts, so the rate measures our grammar, not the corpus.
 */
public final class ParseBenchmark {

    public record Result(int files, int clean, long lines, double seconds, List<Path> failures) {
        public double cleanRate() {
            return files == 0 ? 0 : 100.0 * clean / files;
        }

        public double linesPerSecond() {
            return seconds == 0 ? 0 : lines / seconds;
        }
    }

    private ParseBenchmark() {
    }

    public static Result run(List<Path> files, int warmupPasses) throws IOException {
        List<String> sources = new ArrayList<>(files.size());
        long lines = 0;
        for (Path file : files) {
            String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            sources.add(source);
            lines += source.lines().count();
        }
        for (int pass = 0; pass < warmupPasses; pass++) {
            sources.forEach(PythonParsing::parse);
        }
        List<Path> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < sources.size(); i++) {
            if (!PythonParsing.parse(sources.get(i)).ok()) {
                failures.add(files.get(i));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(files.size(), files.size() - failures.size(), lines, seconds, failures);
    }

    public static void print(Result r, PrintStream out) {
        out.println("| files | parsed without errors | rate | lines | seconds | lines/s |");
        out.println("|---:|---:|---:|---:|---:|---:|");
        out.printf(Locale.ROOT, "| %d | %d | %.2f %% | %d | %.2f | %.0f |%n",
                r.files(), r.clean(), r.cleanRate(), r.lines(), r.seconds(), r.linesPerSecond());
        if (!r.failures().isEmpty()) {
            out.println();
            out.println("Files with diagnostics:");
            r.failures().forEach(f -> out.println("  " + f));
        }
    }
}
