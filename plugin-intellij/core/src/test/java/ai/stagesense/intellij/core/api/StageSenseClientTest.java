package ai.stagesense.intellij.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.intellij.core.server.FreePort;
import ai.stagesense.intellij.core.testing.StubServer;
import ai.stagesense.intellij.core.testing.StubServer.Answer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StageSenseClientTest {

    private StubServer server;
    private StageSenseClient client;

    @BeforeEach
    void start() throws Exception {
        server = new StubServer();
        client = new StageSenseClient(new ServerEndpoint(server.url(), "s3cret"), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void completeSendsTheContractFieldsAndTheBearerToken() throws Exception {
        server.answer("/v1/complete", Answer.json(200, "{\"stage\":\"load\",\"suggestions\":[{\"text\":\"df.head()\","
                + "\"score\":0.42,\"masked\":\"var0.head\"}],\"elapsed_ms\":7}"));

        CompletionResponse answer = client.complete(new CompletionRequest("import pandas as pd\n", "", List.of("x = 1"),
                "python", 3)).get(5, TimeUnit.SECONDS);

        StubServer.Received request = server.last();
        assertEquals("POST", request.method());
        assertEquals("Bearer s3cret", request.header("Authorization"));
        JsonObject body = JsonParser.parseString(request.body()).getAsJsonObject();
        assertEquals("import pandas as pd\n", body.get("prefix").getAsString());
        assertEquals("", body.get("suffix").getAsString());
        assertEquals("x = 1", body.getAsJsonArray("context").get(0).getAsString());
        assertEquals("python", body.get("language").getAsString());
        assertEquals(3, body.get("max_suggestions").getAsInt());
        assertEquals(5, body.size(), "no fields beyond the contract: " + body);

        assertEquals("load", answer.stage());
        assertEquals(7, answer.elapsedMs());
        assertEquals(new Suggestion("df.head()", 0.42, "var0.head"), answer.suggestions().get(0));
    }

    @Test
    void docstringLeavesOutAnUnsetLineAndDecodesTheEdit() throws Exception {
        server.answer("/v1/docstring", Answer.json(200, "{\"docstring\":\"Adds.\",\"summary\":\"Adds.\","
                + "\"edit\":{\"start_line\":2,\"end_line\":1,\"text\":\"    \\\"\\\"\\\"Adds.\\\"\\\"\\\"\\n\"}}"));

        DocstringResponse answer = client.docstring(new DocstringRequest("def f(a, b=1):\n    return a\n", "python",
                "google", null)).get(5, TimeUnit.SECONDS);

        JsonObject body = JsonParser.parseString(server.last().body()).getAsJsonObject();
        assertFalse(body.has("line"), "an unset line is absent, not null: " + body);
        assertEquals("google", body.get("style").getAsString());
        assertEquals(new DocstringEdit(2, 1, "    \"\"\"Adds.\"\"\"\n"), answer.edit());
        assertEquals("Adds.", answer.summary());
    }

    @Test
    void docstringSendsTheCursorLineWhenSet() throws Exception {
        server.answer("/v1/docstring", Answer.json(200, "{\"docstring\":\"x\",\"summary\":\"x\",\"edit\":"
                + "{\"start_line\":1,\"end_line\":0,\"text\":\"\"}}"));

        client.docstring(new DocstringRequest("class A {}", "java", "javadoc", 4)).get(5, TimeUnit.SECONDS);

        assertEquals(4, JsonParser.parseString(server.last().body()).getAsJsonObject().get("line").getAsInt());
    }

    @Test
    void stageSingleAndBatch() throws Exception {
        server.answer("/v1/stage", Answer.json(200, "{\"results\":[{\"stage\":\"imports\",\"probabilities\":"
                + "{\"imports\":0.9,\"load\":0.1}},{\"stage\":\"train\",\"probabilities\":{\"train\":1.0}}]}"));

        List<StageResponse> stages = client.stages(List.of("import os", "model.fit(x)")).get(5, TimeUnit.SECONDS);

        assertEquals(List.of("imports", "train"), stages.stream().map(StageResponse::stage).toList());
        assertEquals(0.9, stages.get(0).probabilities().get("imports"));
        assertEquals("[\"import os\",\"model.fit(x)\"]",
                JsonParser.parseString(server.last().body()).getAsJsonObject().get("cells").toString());

        server.answer("/v1/stage", Answer.json(200, "{\"stage\":\"explore\",\"probabilities\":{\"explore\":0.7}}"));
        assertEquals("explore", client.stage("df.describe()").get(5, TimeUnit.SECONDS).stage());
        assertEquals("df.describe()",
                JsonParser.parseString(server.last().body()).getAsJsonObject().get("code").getAsString());
    }

    @Test
    void packageEndpointsUseTheirMethodsAndEncodeNames() throws Exception {
        String results = "{\"results\":[{\"name\":\"polars\",\"score\":0.8,\"summary\":\"DataFrames\","
                + "\"reasons\":[\"similar description\"]}]}";
        server.answer("/v1/packages/similar", Answer.json(200, results))
                .answer("/v1/packages/search", Answer.json(200, results))
                .answer("/v1/packages/recommend", Answer.json(200, results));

        PackageResults similar = client.similar("scikit learn&x", 5).get(5, TimeUnit.SECONDS);
        assertEquals("GET", server.last().method());
        assertEquals("/v1/packages/similar?name=scikit+learn%26x&k=5", server.last().pathAndQuery());
        assertEquals(List.of("similar description"), similar.results().get(0).reasons());

        client.search("plot data", 3).get(5, TimeUnit.SECONDS);
        JsonObject search = JsonParser.parseString(server.last().body()).getAsJsonObject();
        assertEquals("plot data", search.get("query").getAsString());
        assertEquals(3, search.get("k").getAsInt());

        client.recommend(List.of("pandas", "sklearn"), 10).get(5, TimeUnit.SECONDS);
        JsonObject recommend = JsonParser.parseString(server.last().body()).getAsJsonObject();
        assertEquals("[\"pandas\",\"sklearn\"]", recommend.get("imports").toString());
        assertEquals(10, recommend.get("k").getAsInt());
    }

    @Test
    void unauthorizedIsAnApiExceptionTheUserCanActOn() {
        server.answer("/v1/complete", Answer.json(401, "{\"error\":\"missing or wrong bearer token\"}"));

        ApiException e = failure(client.complete(new CompletionRequest("x", "", List.of(), "python", 1)),
                ApiException.class);

        assertTrue(e.isUnauthorized());
        assertTrue(e.getMessage().contains("missing or wrong bearer token"), e.getMessage());
    }

    @Test
    void notFoundCarriesTheServersMessage() {
        server.answer("/v1/packages/similar", Answer.json(404, "{\"message\":\"unknown package: nosuchpkg\"}"));

        ApiException e = failure(client.similar("nosuchpkg", 3), ApiException.class);

        assertEquals(404, e.status());
        assertTrue(e.getMessage().endsWith("unknown package: nosuchpkg"), e.getMessage());
    }

    @Test
    void anAnswerThatIsNotTheContractsJsonIsAnApiException() {
        server.answer("/v1/complete", Answer.json(200, "<html>proxy login</html>"));

        ApiException e = failure(client.complete(new CompletionRequest("x", "", List.of(), "python", 1)),
                ApiException.class);

        assertTrue(e.getMessage().contains("not the JSON of the contract"), e.getMessage());
    }

    @Test
    void nothingListeningIsServerUnreachable() {
        StageSenseClient nowhere = new StageSenseClient(
                new ServerEndpoint(URI.create("http://127.0.0.1:" + FreePort.pick()), "t"), Duration.ofSeconds(2));

        ServerUnreachableException e = failure(nowhere.stage("x"), ServerUnreachableException.class);

        assertTrue(e.getMessage().contains("No StageSense server answers at http://127.0.0.1:"), e.getMessage());
    }

    @Test
    void cancellingAFutureAbandonsTheRequest() throws Exception {
        server.answer("/v1/complete", new Answer(200, "{\"stage\":\"load\",\"suggestions\":[],\"elapsed_ms\":1}", 3000));

        CompletableFuture<CompletionResponse> slow = client.complete(new CompletionRequest("x", "", List.of(), "python", 1));
        Thread.sleep(100);
        long before = System.nanoTime();
        assertFalse(slow.isDone(), () -> "finished early: " + slow.handle((v, e) -> v + " / " + e).join());
        assertTrue(slow.cancel(true));

        assertTrue(slow.isCancelled());
        assertTrue(System.nanoTime() - before < 1_000_000_000L, "cancel returns without waiting for the server");
    }

    @Test
    void aSlowAnswerEndsInTheJdksTimeoutException() {
        server.answer("/v1/complete", new Answer(200, "{\"stage\":\"load\",\"suggestions\":[],\"elapsed_ms\":1}", 3000));
        StageSenseClient impatient = new StageSenseClient(new ServerEndpoint(server.url(), "t"), Duration.ofMillis(300));

        failure(impatient.complete(new CompletionRequest("x", "", List.of(), "python", 1)), HttpTimeoutException.class);
    }

    @Test
    void noTokenMeansNoAuthorizationHeader() throws Exception {
        server.answer("/v1/stage", Answer.json(200, "{\"stage\":\"load\",\"probabilities\":{}}"));
        StageSenseClient anonymous = new StageSenseClient(new ServerEndpoint(server.url(), null), Duration.ofSeconds(5));

        anonymous.stage("x").get(5, TimeUnit.SECONDS);

        assertNull(server.last().header("Authorization"));
    }

    @Test
    void messageOfPrefersJsonFieldsAndShortensText() {
        assertEquals("bad field prefix", StageSenseClient.messageOf("{\"error\":\"bad field prefix\"}"));
        assertEquals("(no message)", StageSenseClient.messageOf(""));
        String longText = "x".repeat(1000);
        assertEquals(301, StageSenseClient.messageOf(longText).length());
    }

    private static <T extends Throwable> T failure(CompletableFuture<?> future, Class<T> type) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        return assertInstanceOf(type, e.getCause());
    }
}
