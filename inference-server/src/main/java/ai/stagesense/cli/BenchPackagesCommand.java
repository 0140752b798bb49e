package ai.stagesense.cli;

import ai.stagesense.packages.PackageRecord;
import ai.stagesense.packages.PackageSearch;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code stagesense bench-packages}: in-process latency of the three package queries (one thread, after warm-up),
 * p50/p99/max in milliseconds. Queries are the most popular packages, the hardest case: the most extensions,
 * dependents and co-import partners.
 */
final class BenchPackagesCommand implements Command {

    private static final List<String> SEARCHES = List.of("fast dataframe library", "http client", "plotting",
            "machine learning", "web framework", "read excel files", "natural language processing", "json",
            "testing framework", "image processing", "database orm", "async", "gradient boosting", "yaml parser");

    @Override
    public String name() {
        return "bench-packages";
    }

    @Override
    public String summary() {
        return "measure similar/search/recommend latency (p50/p99) on the package index";
    }

    @Override
    public String usage() {
        return "[--index models/packages] [--queries N] [--k K]";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("--index", "--queries", "--k"), Set.of());
        Path index = flags.path("--index", Path.of("models", "packages"));
        int queries = flags.integer("--queries", 500);
        int k = flags.integer("--k", 10);
        long openStart = System.nanoTime();
        try (PackageSearch search = PackageSearch.open(index)) {
            out.printf(Locale.ROOT, "opened %s (%,d packages) in %.0f ms%n", index, search.index().size(),
                    (System.nanoTime() - openStart) / 1e6);
            List<String> popular = search.index().all().stream().filter(r -> r.rank() > 0)
                    .sorted(Comparator.comparingInt(PackageRecord::rank)).limit(queries).map(PackageRecord::name)
                    .toList();
            List<List<String>> importSets = new ArrayList<>();
            for (int i = 0; i + 2 < popular.size(); i += 3) {
                importSets.add(popular.subList(i, i + 3));
            }
            out.println("query       n     p50 ms   p99 ms   max ms");
            report(out, "similar", popular, name -> search.similar(name, k));
            report(out, "search", repeat(SEARCHES, queries), text -> search.search(text, k));
            report(out, "recommend", importSets, imports -> search.recommend(imports, k));
        }
        return 0;
    }

    private static <T> void report(PrintStream out, String label, List<T> inputs, Consumer<T> call) {
        for (int round = 0; round < 3; round++) {
            inputs.forEach(call);
        }
        double[] millis = new double[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            long start = System.nanoTime();
            call.accept(inputs.get(i));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        out.printf(Locale.ROOT, "%-10s %4d %9.2f %8.2f %8.2f%n", label, millis.length, percentile(millis, 0.50),
                percentile(millis, 0.99), millis[millis.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static List<String> repeat(List<String> items, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(items.get(i % items.size()));
        }
        return out;
    }
}
