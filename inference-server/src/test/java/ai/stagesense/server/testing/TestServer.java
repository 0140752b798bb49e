package ai.stagesense.server.testing;

import ai.stagesense.server.ServerOptions;
import ai.stagesense.server.StageSenseServer;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The real server on a free loopback port, with its own token file, and a client that speaks to it. */
public final class TestServer implements AutoCloseable {

    private final StageSenseServer server;
    private final String token;
    private final Path tokenFile;
    private final ByteArrayOutputStream log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(StageSenseServer server, String token, Path tokenFile, ByteArrayOutputStream log) {
        this.server = server;
        this.token = token;
        this.tokenFile = tokenFile;
        this.log = log;
    }

    /** @param models the models directory ({@link TestModels#none()} for a server without models) */
    public static TestServer start(Path models) throws Exception {
        return start(models, ServerOptions.DEFAULT_BUDGET_MILLIS);
    }

    public static TestServer start(Path models, long budgetMillis) throws Exception {
        Path tokenFile = Files.createTempDirectory("stagesense-test-token").resolve("config/token");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
        StageSenseServer server = StageSenseServer.start(new ServerOptions("127.0.0.1", 0, models, models != null,
                tokenFile, budgetMillis, 2), logStream);
        return new TestServer(server, Files.readString(tokenFile).strip(), tokenFile, log);
    }

    public StageSenseServer server() {
        return server;
    }

    public String token() {
        return token;
    }

    public Path tokenFile() {
        return tokenFile;
    }

    public URI uri(String path) {
        return URI.create(server.url() + path);
    }

    /** What the server logged so far (access log and error reports). */
    public String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public HttpResponse<String> postBytes(String path, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static JsonElement json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body());
    }

    @Override
    public void close() {
        server.close();
    }
}
