package ai.stagesense.intellij.core.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.intellij.core.server.FreePort;
import ai.stagesense.intellij.core.server.HealthCheck;
import ai.stagesense.intellij.core.server.LaunchSpec;
import ai.stagesense.intellij.core.server.LaunchedServer;
import ai.stagesense.intellij.core.server.ServerLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real StageSense server for the *RealServerTest classes: inference-server's fat jar, which Maven builds before
 * this module (test-scoped dependency in the pom). A missing jar fails the tests; they are never skipped for it.
 */
public final class RealServer {

    private RealServer() {
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("stagesense.server.jar",
                "../../inference-server/target/stagesense-all.jar"));
        assertTrue(Files.isRegularFile(jar), "the server jar " + jar.toAbsolutePath() + " is missing; build with "
                + "mvn -pl plugin-intellij/core -am install (it builds inference-server first)");
        return jar;
    }

    /** Models for the server when the build names a directory ({@code -Dstagesense.models.dir}); else its defaults. */
    public static Path modelsDir() {
        String dir = System.getProperty("stagesense.models.dir", "");
        return dir.isBlank() ? null : Path.of(dir);
    }

    /**
     * The jar exists, but until the HTTP server of issue 5 is part of it there is nothing to test against: the tests
     * are then reported as skipped with this reason (visible in the Surefire summary), never passed.
     *
     * @return why the jar cannot serve, or empty when {@code serve --help} works
     */
    public static Optional<String> whyNoServeCommand() throws Exception {
        Process help = new ProcessBuilder(ServerLauncher.currentJava().toString(), "-jar", jar().toString(), "serve",
                "--help").redirectErrorStream(true).start();
        String output = new String(help.getInputStream().readAllBytes());
        boolean exited = help.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            help.destroyForcibly();
        }
        return exited && help.exitValue() == 0 ? Optional.empty()
                : Optional.of("the server jar has no working `serve` command yet (issue 5): " + output.strip());
    }

    public static void assumeServeCommand() throws Exception {
        Optional<String> why = whyNoServeCommand();
        Assumptions.assumeTrue(why.isEmpty(), why.orElse(""));
    }

    public static LaunchedServer start(Path tokenFile) throws Exception {
        assumeServeCommand();
        ServerLauncher launcher = new ServerLauncher(ServerLauncher.currentJava(), new HealthCheck(Duration.ofSeconds(1)),
                Duration.ofSeconds(90));
        return launcher.launch(new LaunchSpec(jar(), "127.0.0.1", FreePort.pick(), tokenFile, modelsDir()));
    }
}
