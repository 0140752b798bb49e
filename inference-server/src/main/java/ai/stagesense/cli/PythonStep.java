package ai.stagesense.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a module of the Python training code ({@code model-training/python}) as a step of a Java command, niced
 * (training shares the machine with everything else), its output passed through.
 */
final class PythonStep {

    private final Path sources;
    private final String python;

    private PythonStep(Path sources, String python) {
        this.sources = sources;
        this.python = python;
    }

    /**
     * The interpreter is {@code $STAGESENSE_PYTHON}, else Debian's /usr/bin/python3 (where python3-torch lives),
     * else python3 on the PATH. The sources are found from the working directory (the repository root) or, failing
     * that, from the jar's place in the repository.
     */
    static PythonStep locate(Path explicitSources) throws IOException {
        String python = System.getenv("STAGESENSE_PYTHON");
        if (python == null || python.isBlank()) {
            python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        }
        List<Path> candidates = new ArrayList<>();
        if (explicitSources != null) {
            candidates.add(explicitSources);
        } else {
            candidates.add(Path.of("model-training", "python"));
            jarRepository().ifPresent(root -> candidates.add(root.resolve("model-training").resolve("python")));
        }
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate.resolve("stagesense_training"))) {
                return new PythonStep(candidate.toAbsolutePath(), python);
            }
        }
        throw new IOException("cannot find the Python training code (model-training/python) in " + candidates
                + "; run from the repository root or pass --python-src DIR");
    }

    /** The repository holding inference-server/target/stagesense-all.jar, when the code runs from there. */
    private static Optional<Path> jarRepository() {
        try {
            Path jar = Path.of(PythonStep.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = jar.getParent();
            Path module = target == null ? null : target.getParent();
            return Optional.ofNullable(module == null ? null : module.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Runs {@code python -m module args...}; fails with the exit code when the step fails. */
    void run(String module, List<String> args, PrintStream err) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
            command.addAll(List.of("/usr/bin/nice", "-n", "10"));
        }
        command.addAll(List.of(python, "-m", module));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        String existing = System.getenv("PYTHONPATH");
        builder.environment().put("PYTHONPATH",
                existing == null || existing.isBlank() ? sources.toString() : sources + ":" + existing);
        err.println("stagesense: running " + String.join(" ", command));
        int code = builder.start().waitFor();
        if (code != 0) {
            throw new IOException("python step " + module + " failed with exit code " + code);
        }
    }
}
