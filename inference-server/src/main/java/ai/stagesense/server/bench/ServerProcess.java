package ai.stagesense.server.bench;

import ai.stagesense.server.metrics.ProcessMemory;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server under test as its own process ({@code java -jar JAR serve ...}), as users run it, so that cold start
 * and resident memory are the real ones and the load clients do not share its JVM.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final URI base;
    private final String token;
    private final double coldStartSeconds;

    private ServerProcess(Process process, URI base, String token, double coldStartSeconds) {
        this.process = process;
        this.base = base;
        this.token = token;
        this.coldStartSeconds = coldStartSeconds;
    }

    static ServerProcess start(Path jar, Path models, List<String> javaOptions) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path dir = Files.createTempDirectory("stagesense-bench");
        Path tokenFile = dir.resolve("token");
        // a private copy: a build replacing the jar during the run would break classes the server loads lazily
        Path copy = Files.copy(jar, dir.resolve("stagesense.jar"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", copy.toString(), "serve", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--token-file", tokenFile.toString()));
        if (models != null) {
            command.addAll(List.of("--models", models.toString()));
        }
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile()).start();
        URI base = URI.create("http://127.0.0.1:" + port);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        long deadline = started + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("the server exited with " + process.exitValue() + ": "
                        + Files.readString(dir.resolve("server.log")));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve("/v1/health"))
                        .timeout(Duration.ofMillis(500)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IOException("the server was not healthy within 60 s");
            }
            Thread.sleep(10);
        }
        double cold = (System.nanoTime() - started) / 1e9;
        return new ServerProcess(process, base, Files.readString(tokenFile).strip(), cold);
    }

    URI base() {
        return base;
    }

    String token() {
        return token;
    }

    double coldStartSeconds() {
        return coldStartSeconds;
    }

    /** Resident memory now and at its peak, in bytes (-1 where /proc is missing). */
    long[] residentBytes() {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        return new long[]{ProcessMemory.statusBytes(status, "VmRSS:"), ProcessMemory.statusBytes(status, "VmHWM:")};
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
