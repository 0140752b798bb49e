package ai.stagesense.intellij.core.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The HTTP API of issue 5, asynchronous so that an editor can cancel a request the user has typed past:
 * cancelling a returned future abandons the exchange. Failures complete the future with {@link ApiException}
 * (the server said no), {@link ServerUnreachableException} (nothing listening) or the JDK's
 * {@link java.net.http.HttpTimeoutException}.
 */
public final class StageSenseClient {

    private static final int MAX_MESSAGE_CHARS = 300;

    private final ServerEndpoint endpoint;
    private final Duration requestTimeout;
    private final HttpClient http;

    public StageSenseClient(ServerEndpoint endpoint, Duration requestTimeout) {
        this(endpoint, requestTimeout, HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                // loopback server speaks HTTP/1.1; skipping the h2c upgrade attempt saves a round trip per request
                .version(HttpClient.Version.HTTP_1_1)
                .build());
    }

    public StageSenseClient(ServerEndpoint endpoint, Duration requestTimeout, HttpClient http) {
        this.endpoint = endpoint;
        this.requestTimeout = requestTimeout;
        this.http = http;
    }

    public ServerEndpoint endpoint() {
        return endpoint;
    }

    public CompletableFuture<CompletionResponse> complete(CompletionRequest request) {
        return post("/v1/complete", request, CompletionResponse.class);
    }

    public CompletableFuture<DocstringResponse> docstring(DocstringRequest request) {
        return post("/v1/docstring", request, DocstringResponse.class);
    }

    public CompletableFuture<StageResponse> stage(String code) {
        return post("/v1/stage", Map.of("code", code), StageResponse.class);
    }

    /** Batch form: one answer per cell, in order. */
    public CompletableFuture<List<StageResponse>> stages(List<String> cells) {
        Type type = new TypeToken<Results<StageResponse>>() { }.getType();
        CompletableFuture<Results<StageResponse>> answer = post("/v1/stage", Map.of("cells", cells), type);
        return answer.thenApply(r -> r.results() == null ? List.of() : List.copyOf(r.results()));
    }

    public CompletableFuture<PackageResults> similar(String name, int k) {
        String query = "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&k=" + k;
        return send(authorized("/v1/packages/similar" + query).GET().build(), PackageResults.class);
    }

    public CompletableFuture<PackageResults> search(String query, int k) {
        return post("/v1/packages/search", Map.of("query", query, "k", k), PackageResults.class);
    }

    public CompletableFuture<PackageResults> recommend(List<String> imports, int k) {
        return post("/v1/packages/recommend", Map.of("imports", imports, "k", k), PackageResults.class);
    }

    private <T> CompletableFuture<T> post(String path, Object body, Type answerType) {
        HttpRequest request = authorized(path)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(ApiJson.GSON.toJson(body), StandardCharsets.UTF_8))
                .build();
        return send(request, answerType);
    }

    private HttpRequest.Builder authorized(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.resolve(path))
                .timeout(requestTimeout)
                .header("Accept", "application/json");
        if (endpoint.token() != null) {
            builder.header("Authorization", "Bearer " + endpoint.token());
        }
        return builder;
    }

    private <T> CompletableFuture<T> send(HttpRequest request, Type answerType) {
        CompletableFuture<HttpResponse<String>> exchange =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        // a plain future of our own: the JDK's internal future type does not promise standard cancel semantics, and
        // cancelling ours must reach the exchange
        CompletableFuture<T> answer = new CompletableFuture<>();
        answer.whenComplete((value, failure) -> {
            if (answer.isCancelled()) {
                exchange.cancel(true);
            }
        });
        exchange.whenComplete((response, failure) -> {
            try {
                if (failure != null) {
                    answer.completeExceptionally(translate(failure));
                } else {
                    answer.complete(decode(response, answerType));
                }
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }

    private <T> T decode(HttpResponse<String> response, Type answerType) {
        if (response.statusCode() / 100 != 2) {
            throw new ApiException(response.statusCode(), messageOf(response.body()));
        }
        try {
            T value = ApiJson.GSON.fromJson(response.body(), answerType);
            if (value == null) {
                throw new ApiException(response.statusCode(), "empty answer from " + response.uri().getPath());
            }
            return value;
        } catch (JsonParseException e) {
            throw new ApiException(response.statusCode(), "answer of " + response.uri().getPath()
                    + " is not the JSON of the contract: " + e.getMessage());
        }
    }

    private RuntimeException translate(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                || cause instanceof ClosedChannelException) {
            return new ServerUnreachableException(endpoint.baseUrl(), cause);
        }
        return cause instanceof RuntimeException r ? r : new CompletionException(cause);
    }

    /** The server's explanation (a JSON {@code error} or {@code message} field), else the start of the body. */
    static String messageOf(String body) {
        if (body == null || body.isBlank()) {
            return "(no message)";
        }
        try {
            JsonElement element = JsonParser.parseString(body);
            if (element.isJsonObject()) {
                JsonObject object = element.getAsJsonObject();
                for (String field : List.of("error", "message", "detail")) {
                    if (object.has(field) && object.get(field).isJsonPrimitive()) {
                        return object.get(field).getAsString();
                    }
                }
            }
        } catch (JsonParseException notJson) {
            // plain-text error bodies are shown as they are
        }
        String text = body.strip();
        return text.length() <= MAX_MESSAGE_CHARS ? text : text.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    private record Results<T>(List<T> results) {
    }
}
