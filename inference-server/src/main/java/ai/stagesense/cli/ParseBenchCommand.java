package ai.stagesense.cli;

import ai.stagesense.codeintel.parsing.ParseBenchmark;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code stagesense bench-parse [--files LIST] [DIR...]}: parse rate and speed over real Python (the CPython
 * standard library by default; scripts/bench-parse.sh passes the list of files CPython itself accepts).
 */
final class ParseBenchCommand implements Command {

    @Override
    public String name() {
        return "bench-parse";
    }

    @Override
    public String summary() {
        return "benchmark the Python grammar: share of files parsed without errors, lines per second";
    }

    @Override
    public String usage() {
        return "[--files LISTFILE] [--warmup N] [DIR...]";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        List<Path> files = new ArrayList<>();
        int warmup = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--files" -> {
                    if (++i >= args.length) {
                        throw new UsageException("--files needs a file");
                    }
                    for (String line : Files.readAllLines(Path.of(args[i]))) {
                        if (!line.isBlank()) {
                            files.add(Path.of(line.strip()));
                        }
                    }
                }
                case "--warmup" -> {
                    if (++i >= args.length) {
                        throw new UsageException("--warmup needs a number");
                    }
                    warmup = Integer.parseInt(args[i]);
                }
                default -> files.addAll(pythonFilesUnder(Path.of(args[i])));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no Python files given");
        }
        ParseBenchmark.print(ParseBenchmark.run(files, warmup), out);
        return 0;
    }

    private static List<Path> pythonFilesUnder(Path dir) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                    .sorted().toList();
        }
    }
}
