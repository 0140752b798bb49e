package ai.stagesense.intellij.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchSpecTest {

    @Test
    void buildsTheServeCommandOfTheLauncher() {
        LaunchSpec spec = new LaunchSpec(Path.of("/opt/s/stagesense-all.jar"), "127.0.0.1", 7999,
                Path.of("/tmp/tok"), null);

        assertEquals(List.of("/usr/bin/java", "-Xmx256m", "-Xss4m", "-XX:+UseSerialGC", "-jar",
                "/opt/s/stagesense-all.jar", "serve", "--host", "127.0.0.1", "--port", "7999", "--token-file",
                "/tmp/tok"), spec.command(Path.of("/usr/bin/java")));
        assertEquals(URI.create("http://127.0.0.1:7999"), spec.baseUrl());
    }

    @Test
    void modelsDirAndIpv6() {
        LaunchSpec spec = new LaunchSpec(Path.of("s.jar"), "::1", 80, Path.of("t"), Path.of("/m"));

        assertEquals(List.of("--models", "/m"), spec.command(Path.of("java")).subList(13, 15));
        assertEquals(URI.create("http://[::1]:80"), spec.baseUrl());
    }
}
