package ai.stagesense.dataset;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code stagesense dataset-bench [--notebooks DIR]... [--limit N] [--masters local[1],local[2]]}: throughput of
 * the notebook part of the real dataset job, once per master, each in a fresh JVM that runs the job twice:
 * a cold pass (what a one-off run sees, JIT compilation included) and a warm pass (the steady state a large
 * corpus runs at). On a small machine the JIT compiler takes a core of its own during the cold pass, which is why
 * both are reported.
 */
public final class BenchMain {

    private static final String CHILD = "--run-passes";
    private static final List<String> PASSES = List.of("cold", "warm");

    private BenchMain() {
    }

    /** One pass's numbers, from the report the job wrote. */
    record Pass(long notebooks, long cells, double notebookSeconds, double featurizeSeconds) {
        double cellsPerSecond() {
            return cells / notebookSeconds;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(CHILD)) {
            runPasses(args[1], Path.of(args[2]), Arrays.copyOfRange(args, 3, args.length));
            System.exit(0);
        }
        List<String> jobArgs = new ArrayList<>();
        List<String> masters = List.of("local[1]", "local[2]");
        List<String> notebooks = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--notebooks" -> {
                    notebooks.add(args[i + 1]);
                    jobArgs.addAll(List.of(args[i], args[++i]));
                }
                case "--limit" -> jobArgs.addAll(List.of(args[i], args[++i]));
                case "--masters" -> masters = List.of(args[++i].split(","));
                default -> {
                    System.err.println("usage: stagesense dataset-bench [--notebooks DIR]... [--limit N] "
                            + "[--masters local[1],local[2]]");
                    System.exit(2);
                }
            }
        }
        if (notebooks.isEmpty()) {
            System.err.println("dataset-bench: give at least one --notebooks DIR");
            System.exit(2);
        }
        Path scratch = Files.createTempDirectory("stagesense-bench");
        List<Pass[]> results = new ArrayList<>();
        try {
            for (String master : masters) {
                Path out = scratch.resolve(master.replaceAll("\\W", "_"));
                runChild(master, out, jobArgs);
                results.add(new Pass[] {read(out.resolve("cold")), read(out.resolve("warm"))});
            }
        } finally {
            delete(scratch);
        }
        System.out.println(table(masters, results, notebooks));
    }

    /** In the child JVM: the same job twice in one JVM, so the second pass runs on compiled code. */
    private static void runPasses(String master, Path out, String[] jobArgs) throws IOException {
        for (String pass : PASSES) {
            List<String> args = new ArrayList<>(List.of("--master", master, "--no-ui", "--out",
                    out.resolve(pass).toString()));
            args.addAll(Arrays.asList(jobArgs));
            System.out.println("dataset-bench: " + master + ", " + pass + " pass");
            DatasetJob.run(DatasetOptions.parse(args.toArray(String[]::new)), System.out);
        }
    }

    private static void runChild(String master, Path out, List<String> jobArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchMain.class.getName(), CHILD, master,
                out.toString()));
        command.addAll(jobArgs);
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("the dataset job failed under " + master + " (exit " + p.exitValue() + ")");
        }
    }

    private static Pass read(Path out) throws IOException {
        JsonObject report = JsonParser.parseString(Files.readString(out.resolve(DatasetJob.REPORT),
                StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject timings = report.getAsJsonObject("timings_s");
        double notebookSeconds = 0;
        for (Map.Entry<String, JsonElement> t : timings.entrySet()) {
            if (t.getKey().startsWith("notebooks: ")) {
                notebookSeconds += t.getValue().getAsDouble();
            }
        }
        long kept = 0;
        for (Map.Entry<String, JsonElement> e : report.getAsJsonObject("notebooks").getAsJsonObject("kept").entrySet()) {
            kept += e.getValue().getAsLong();
        }
        return new Pass(kept, report.getAsJsonObject("cells").get("total").getAsLong(), notebookSeconds,
                timings.get("notebooks: mask + label").getAsDouble());
    }

    static String table(List<String> masters, List<Pass[]> results, List<String> notebooks) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%ndataset-bench: %s, %d available processors, Java %s%n",
                String.join(" ", notebooks), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        sb.append("cells/s = cells / seconds of all notebook stages (read, dedup, mask + label, write)\n\n");
        sb.append("| master | pass | notebooks | cells | notebook stages (s) | cells/s | mask + label (s) |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (int m = 0; m < masters.size(); m++) {
            for (int p = 0; p < PASSES.size(); p++) {
                Pass r = results.get(m)[p];
                sb.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %.1f | %,.0f | %.1f |%n", masters.get(m),
                        PASSES.get(p), r.notebooks(), r.cells(), r.notebookSeconds(), r.cellsPerSecond(),
                        r.featurizeSeconds()));
            }
        }
        for (int m = 1; m < masters.size(); m++) {
            for (int p = 0; p < PASSES.size(); p++) {
                Pass base = results.get(0)[p];
                Pass r = results.get(m)[p];
                sb.append(String.format(Locale.ROOT, "speed-up %s vs %s, %s: %.2fx%n", masters.get(m), masters.get(0),
                        PASSES.get(p), r.cellsPerSecond() / base.cellsPerSecond()));
            }
        }
        return sb.toString();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
