package ai.stagesense.server.testing;

import ai.stagesense.server.models.ModelFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real models for the tests: {@link FixtureDataset} featurizes the fixtures, then
 * {@code src/test/python/tiny_models.py} trains them for a few epochs with the training package's own code
 * (Debian's python3-torch) and exports ONNX plus a manifest with real checksums; the shipped package index joins them
 * ({@link ShippedPackages}). A models directory is reused while
 * its inputs (data, script, training package) are unchanged: {@code target/test-models/<size>-<digest>}.
 */
public final class TestModels {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path TRAINING = MODULE.resolve("../model-training/python").normalize();
    private static final Path SCRIPT = MODULE.resolve("src/test/python/tiny_models.py");
    private static final Map<String, Path> BUILT = new ConcurrentHashMap<>();

    private TestModels() {
    }

    /** Small models, trained in seconds. */
    public static synchronized Path tiny() {
        return BUILT.computeIfAbsent("tiny", TestModels::build);
    }

    /** The widths and vocabulary sizes of shipped models (for latency measurements). */
    public static synchronized Path benchSized() {
        return BUILT.computeIfAbsent("bench", TestModels::build);
    }

    /** A models directory whose manifest lists nothing: a server without models (null would mean "bundled"). */
    public static Path none() throws IOException {
        Path dir = Files.createTempDirectory("stagesense-no-models");
        Files.writeString(dir.resolve("manifest.json"), "{\"format\": 1, \"models\": []}");
        return dir;
    }

    /** A private, writable copy of a models directory (subdirectories included), for tests that damage files. */
    public static Path copyOf(Path models) throws IOException {
        Path copy = Files.createTempDirectory("stagesense-models-copy");
        try (Stream<Path> files = Files.walk(models)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(models.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        return copy;
    }

    private static Path build(String size) {
        try {
            Path data = Files.createTempDirectory("stagesense-fixture-data");
            try {
                FixtureDataset.write(data);
                String digest = digest(data, size);
                Path target = MODULE.resolve("target/test-models/" + size + "-" + digest.substring(0, 16));
                if (Files.isRegularFile(target.resolve("manifest.json"))) {
                    return target;
                }
                Path scratch = Files.createDirectories(target.getParent()).resolve(target.getFileName() + ".tmp");
                deleteTree(scratch);
                run(data, scratch, size);
                ShippedPackages.addTo(scratch);
                Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
                return target;
            } finally {
                deleteTree(data);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot build the " + size + " test models: " + e.getMessage(), e);
        }
    }

    private static void run(Path data, Path out, String size) throws IOException {
        Path log = Files.createTempFile("tiny-models", ".log");
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/python3", SCRIPT.toString(), "--data", data.toString(),
                "--out", out.toString(), "--size", size)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PYTHONPATH", TRAINING.toString());
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process process = pb.start();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("tiny_models.py ran over 10 minutes; log: " + log);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while training the test models", e);
        }
        if (process.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            throw new IOException("tiny_models.py failed (exit " + process.exitValue() + "; needs Debian's "
                    + "python3-torch and python3-onnx):\n" + String.join("\n",
                    lines.subList(Math.max(0, lines.size() - 30), lines.size())));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Of everything the models are made from, so a change to any of it trains them anew. */
    private static String digest(Path data, String size) throws IOException {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(data)) {
            files.sorted().forEach(inputs::add);
        }
        inputs.add(SCRIPT);
        try (Stream<Path> files = Files.list(TRAINING.resolve("stagesense_training"))) {
            files.filter(p -> p.toString().endsWith(".py")).sorted(Comparator.naturalOrder()).forEach(inputs::add);
        }
        StringBuilder all = new StringBuilder(size).append(ShippedPackages.entry().get("sha256")).append('\n');
        for (Path p : inputs) {
            all.append(p.getFileName()).append(':').append(ModelFiles.sha256(Files.readAllBytes(p))).append('\n');
        }
        return ModelFiles.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }
}
