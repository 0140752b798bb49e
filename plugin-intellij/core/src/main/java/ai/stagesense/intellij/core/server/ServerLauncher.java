package ai.stagesense.intellij.core.server;

import ai.stagesense.intellij.core.api.ServerEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Starts the bundled {@code stagesense} jar and waits until {@code /v1/health} says it is ready. Every way this can
 * fail ends in a {@link ServerStartException} that names the jar, the command's output or the time waited.
 */
public final class ServerLauncher {

    private static final int OUTPUT_LINES = 40;

    private final Path java;
    private final HealthCheck health;
    private final Duration startTimeout;

    public ServerLauncher(Path java, HealthCheck health, Duration startTimeout) {
        this.java = java;
        this.health = health;
        this.startTimeout = startTimeout;
    }

    /** The JVM running this code: in an IDE that is its bundled runtime, recent enough for the server (Java 17+). */
    public static Path currentJava() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    public LaunchedServer launch(LaunchSpec spec) throws ServerStartException, InterruptedException {
        if (!Files.isRegularFile(spec.jar())) {
            throw new ServerStartException("The StageSense server jar is missing: " + spec.jar()
                    + " (build it with ./stagesense --help, or set the server URL of a running server in settings)");
        }
        Process process;
        OutputTail output = new OutputTail(OUTPUT_LINES);
        try {
            process = new ProcessBuilder(spec.command(java)).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new ServerStartException("Could not run " + java + " to start the StageSense server: "
                    + e.getMessage(), e);
        }
        output.drain(process.getInputStream(), "stagesense-server-output");
        Health seen;
        try {
            seen = health.awaitReady(spec.baseUrl(), startTimeout, process::isAlive);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
        if (seen != Health.READY) {
            String why = process.isAlive()
                    ? "was not healthy after " + seconds(startTimeout) + " s (last health: " + seen + ")"
                    : "exited with code " + exitCode(process) + " before becoming healthy";
            process.destroyForcibly();
            throw new ServerStartException("The StageSense server at " + spec.baseUrl() + " " + why + ". Command: "
                    + String.join(" ", spec.command(java)) + tail(output));
        }
        Optional<String> token = TokenFile.read(spec.tokenFile());
        if (token.isEmpty()) {
            process.destroyForcibly();
            throw new ServerStartException("The StageSense server became healthy but left no token in "
                    + spec.tokenFile() + tail(output));
        }
        return new LaunchedServer(process, new ServerEndpoint(spec.baseUrl(), token.get()), output);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    private static int exitCode(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String tail(OutputTail output) {
        String text = output.text();
        return text.isBlank() ? "" : "\nServer output:\n" + text;
    }
}
