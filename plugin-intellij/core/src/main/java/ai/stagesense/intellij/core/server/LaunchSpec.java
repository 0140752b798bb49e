package ai.stagesense.intellij.core.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start the bundled server: {@code java -Xmx256m -Xss4m -XX:+UseSerialGC -jar JAR serve --host H --port P --token-file F
 * [--models D]}. The heap cap is the launcher's: the models live off-heap, and the JVM's default heap (a quarter of
 * the RAM) would let the server grow past 1 GB resident.
 *
 * @param modelsDir null for the models shipped inside the jar
 */
public record LaunchSpec(Path jar, String host, int port, Path tokenFile, Path modelsDir) {

    public List<String> command(Path java) {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-Xss4m",
                "-XX:+UseSerialGC", "-jar", jar.toString(), "serve",
                "--host", host, "--port", Integer.toString(port), "--token-file", tokenFile.toString()));
        if (modelsDir != null) {
            command.add("--models");
            command.add(modelsDir.toString());
        }
        return command;
    }

    public URI baseUrl() {
        String literal = host.contains(":") ? "[" + host + "]" : host; // IPv6 literals need brackets in URLs
        return URI.create("http://" + literal + ":" + port);
    }
}
