package ai.stagesense.intellij.core.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failure paths of the launcher; starting the real jar is covered by {@code ServerLauncherRealServerTest}. */
class ServerLauncherTest {

    private final HealthCheck health = new HealthCheck(Duration.ofSeconds(1));

    @Test
    void aMissingJarIsNamed(@TempDir Path dir) {
        ServerLauncher launcher = new ServerLauncher(ServerLauncher.currentJava(), health, Duration.ofSeconds(5));
        Path jar = dir.resolve("nope.jar");

        ServerStartException e = assertThrows(ServerStartException.class,
                () -> launcher.launch(new LaunchSpec(jar, "127.0.0.1", FreePort.pick(), dir.resolve("t"), null)));

        assertTrue(e.getMessage().contains("server jar is missing: " + jar), e.getMessage());
    }

    @Test
    void aServerThatExitsEarlyReportsItsExitCodeAndOutput(@TempDir Path dir) throws Exception {
        // stands in for the JVM so the test controls what "the server" prints and how it exits
        Path fakeJava = dir.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho \"model file next_line.onnx: checksum mismatch\"\nexit 3\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwx------"));
        Path jar = Files.writeString(dir.resolve("stagesense-all.jar"), "not really a jar");
        ServerLauncher launcher = new ServerLauncher(fakeJava, health, Duration.ofSeconds(20));

        long start = System.nanoTime();
        ServerStartException e = assertThrows(ServerStartException.class,
                () -> launcher.launch(new LaunchSpec(jar, "127.0.0.1", FreePort.pick(), dir.resolve("t"), null)));

        assertTrue(e.getMessage().contains("exited with code 3 before becoming healthy"), e.getMessage());
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "no waiting for the full timeout");
    }

    @Test
    void aServerThatNeverGetsHealthyTimesOutAndIsStopped(@TempDir Path dir) throws Exception {
        Path fakeJava = dir.resolve("java");
        Path pidFile = dir.resolve("pid");
        Files.writeString(fakeJava, "#!/bin/sh\necho $$ > " + pidFile + "\necho loading\nexec sleep 60\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwx------"));
        Path jar = Files.writeString(dir.resolve("stagesense-all.jar"), "x");
        ServerLauncher launcher = new ServerLauncher(fakeJava, health, Duration.ofMillis(700));

        ServerStartException e = assertThrows(ServerStartException.class,
                () -> launcher.launch(new LaunchSpec(jar, "127.0.0.1", FreePort.pick(), dir.resolve("t"), null)));

        assertTrue(e.getMessage().contains("was not healthy after 0.7 s (last health: UNREACHABLE)"), e.getMessage());
        assertTrue(e.getMessage().contains("loading"), "the output says how far it got: " + e.getMessage());
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(5, TimeUnit.SECONDS).join());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the stuck server is stopped");
    }
}
