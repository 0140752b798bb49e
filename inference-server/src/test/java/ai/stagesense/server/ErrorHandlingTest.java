package ai.stagesense.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.server.testing.TestModels;
import ai.stagesense.server.testing.TestServer;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Auth, bad requests, sizes, routes, CORS and what the log may contain, against the real server. */
class ErrorHandlingTest {

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(TestModels.tiny());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonObject error(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject body = TestServer.json(r).getAsJsonObject();
        assertFalse(body.get("error").getAsString().isBlank(), body.toString());
        return body;
    }

    private static HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void everyEndpointButHealthNeedsTheToken() throws Exception {
        for (String path : new String[]{"/v1/models", "/metrics", "/openapi.json", "/v1/packages/similar?name=x"}) {
            HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri(path)).GET().build());
            error(r, 401);
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
        }
        for (String path : new String[]{"/v1/stage", "/v1/complete", "/v1/docstring", "/v1/packages/search",
                "/v1/packages/recommend"}) {
            error(server.send(post(path, "{}").build()), 401);
            error(server.send(post(path, "{}").header("Authorization", "Bearer " + server.token() + "x").build()), 401);
            error(server.send(post(path, "{}").header("Authorization", "Basic " + server.token()).build()), 401);
        }
    }

    @Test
    void theSchemeIsCaseInsensitiveAndTheTokenExact() throws Exception {
        HttpResponse<String> r = server.send(post("/v1/stage", "{\"code\": \"x = 1\"}")
                .header("Authorization", "bearer " + server.token()).build());
        assertEquals(200, r.statusCode(), r.body());
        String shorter = server.token().substring(0, server.token().length() - 1);
        error(server.send(post("/v1/stage", "{\"code\": \"x = 1\"}")
                .header("Authorization", "Bearer " + shorter).build()), 401);
    }

    @ParameterizedTest(name = "{0} {1} -> field {2}")
    @CsvSource(delimiter = '|', value = {
            "/v1/stage|{\"code\": 5}|code",
            "/v1/stage|{\"code\": null}|code",
            "/v1/stage|{}|code",
            "/v1/stage|{\"code\": \"a\", \"cells\": [\"b\"]}|code",
            "/v1/stage|{\"cells\": \"a\"}|cells",
            "/v1/stage|{\"cells\": [\"a\", 2]}|cells",
            "/v1/complete|{\"prefix\": 1}|prefix",
            "/v1/complete|{\"suffix\": []}|suffix",
            "/v1/complete|{\"context\": \"x\"}|context",
            "/v1/complete|{\"context\": [{}]}|context",
            "/v1/complete|{\"language\": \"cobol\"}|language",
            "/v1/complete|{\"max_suggestions\": 0}|max_suggestions",
            "/v1/complete|{\"max_suggestions\": 11}|max_suggestions",
            "/v1/complete|{\"max_suggestions\": 1.5}|max_suggestions",
            "/v1/complete|{\"max_suggestions\": \"3\"}|max_suggestions",
            "/v1/complete|{\"max_suggestions\": 1e400}|max_suggestions",
            "/v1/docstring|{}|code",
            "/v1/docstring|{\"code\": true}|code",
            "/v1/docstring|{\"code\": \"def f(): pass\", \"style\": \"pep8\"}|style",
            "/v1/docstring|{\"code\": \"def f(): pass\", \"style\": \"javadoc\"}|style",
            "/v1/docstring|{\"code\": \"def f(): pass\", \"language\": \"go\"}|language",
            "/v1/docstring|{\"code\": \"def f(): pass\", \"line\": 0}|line",
            "/v1/docstring|{\"code\": \"def f(): pass\", \"line\": \"2\"}|line",
            "/v1/packages/search|{}|query",
            "/v1/packages/search|{\"query\": \"  \"}|query",
            "/v1/packages/search|{\"query\": \"x\", \"k\": 0}|k",
            "/v1/packages/recommend|{\"imports\": \"pandas\"}|imports",
            "/v1/packages/recommend|{}|imports",
            "/v1/packages/recommend|{\"imports\": [\"a\"], \"k\": -1}|k"})
    void wrongTypesAndValuesAre400NamingTheField(String path, String body, String field) throws Exception {
        JsonObject answer = error(server.post(path, body), 400);
        assertEquals(field, answer.get("field").getAsString(), answer.toString());
    }

    @Test
    void malformedJsonIs400() throws Exception {
        for (String body : new String[]{"", "{", "{\"code\": \"x\"", "[1, 2]", "\"code\"", "{code: 'x'}",
                "{\"code\": \"x\"} trailing", "{\"code\": \"x\",}", "nul", "{\"a\":1}/*c*/",
                "[".repeat(100) + "]".repeat(100)}) {
            JsonObject answer = error(server.post("/v1/stage", body), 400);
            assertFalse(answer.has("reason"), answer.toString());
        }
    }

    @Test
    void invalidUtf8Is400() throws Exception {
        byte[] body = {'{', '"', 'c', 'o', 'd', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        error(server.postBytes("/v1/stage", body), 400);
    }

    @Test
    void queryParametersAreChecked() throws Exception {
        assertEquals("name", error(server.get("/v1/packages/similar"), 400).get("field").getAsString());
        assertEquals("k", error(server.get("/v1/packages/similar?name=pandas&k=ten"), 400).get("field")
                .getAsString());
        assertEquals("k", error(server.get("/v1/packages/similar?name=pandas&k=1000"), 400).get("field")
                .getAsString());
    }

    @Test
    void noFunctionToDocumentIs422() throws Exception {
        assertEquals("code", error(server.post("/v1/docstring", "{\"code\": \"x = 1\\n\"}"), 422).get("field")
                .getAsString());
        assertEquals("line", error(server.post("/v1/docstring", "{\"code\": \"def f():\\n    pass\\n\", \"line\": 40}"),
                422).get("field").getAsString());
    }

    @Test
    void bodiesOverOneMebibyteAre413() throws Exception {
        byte[] big = new byte[(1 << 20) + 1];
        Arrays.fill(big, (byte) ' ');
        error(server.postBytes("/v1/stage", big), 413);
        // without a declared length (chunked), the limit is enforced while reading
        HttpRequest chunked = HttpRequest.newBuilder(server.uri("/v1/complete"))
                .header("Authorization", "Bearer " + server.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        error(server.send(chunked), 413);
        byte[] justFits = ("{\"code\": \"" + "x".repeat((1 << 20) - 12) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertEquals(1 << 20, justFits.length);
        HttpResponse<String> r = server.postBytes("/v1/stage", justFits);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 503, "1 MiB exactly is accepted: " + r.statusCode());
    }

    @Test
    void unknownRoutesAre404AndWrongMethods405() throws Exception {
        assertTrue(error(server.get("/v2/stage"), 404).get("error").getAsString().contains("/v2/stage"));
        error(server.post("/nothing/here", "{}"), 404);
        error(server.get("/v1/stage"), 405);
    }

    @Test
    void otherContentTypesAre415() throws Exception {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/v1/stage"))
                .header("Authorization", "Bearer " + server.token())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("code=x")).build());
        error(r, 415);
    }

    @Test
    void aForeignOriginGetsNoCorsHeaders() throws Exception {
        HttpResponse<String> simple = server.send(post("/v1/stage", "{\"code\": \"x = 1\"}")
                .header("Authorization", "Bearer " + server.token()).header("Origin", "http://evil.example").build());
        assertEquals(200, simple.statusCode(), "the token, not the origin, decides");
        assertTrue(simple.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), simple.headers().toString());
        HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(server.uri("/v1/stage"))
                .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(preflight.statusCode() >= 400, "no preflight is granted: " + preflight.statusCode());
        assertTrue(preflight.headers().map().keySet().stream().noneMatch(h -> h.toLowerCase().startsWith("access-control-")),
                preflight.headers().toString());
    }

    @Test
    void theLogHasMethodPathStatusAndTimeButNeverBodiesOrCode() throws Exception {
        String marker = "secret_marker_4711";
        server.post("/v1/stage", "{\"code\": \"" + marker + " = 1\"}");
        server.post("/v1/complete", "{\"prefix\": \"" + marker + ".\", \"context\": [\"" + marker + " = 2\"]}");
        server.post("/v1/docstring", "{\"code\": \"def " + marker + "(x):\\n    return x\\n\"}");
        server.post("/v1/stage", "{\"code\": " + marker + "}");
        server.get("/v1/packages/similar?name=" + marker);
        String log = server.log();
        assertFalse(log.contains(marker), log);
        assertTrue(log.matches("(?s).*POST /v1/stage 200 [0-9.]+ms.*"), log);
        assertTrue(log.matches("(?s).*POST /v1/stage 400 [0-9.]+ms.*"), log);
    }

    @Test
    void aRequestPastItsBudgetIs503AndCancelled() throws Exception {
        try (TestServer impatient = TestServer.start(TestModels.tiny(), 1)) {
            StringBuilder notebook = new StringBuilder();
            for (int i = 0; i < 3000; i++) {
                notebook.append("df").append(i).append(" = pd.read_csv('f").append(i).append(".csv')\n");
            }
            JsonObject body = new JsonObject();
            body.addProperty("prefix", notebook.toString());
            HttpResponse<String> r = impatient.post("/v1/complete", body.toString());
            JsonObject answer = error(r, 503);
            assertTrue(answer.get("reason").getAsString().contains("budget"), answer.toString());
            assertTrue(impatient.get("/metrics").body().contains("stagesense_budget_exceeded_total 1"));
            assertEquals(200, impatient.send(HttpRequest.newBuilder(impatient.uri("/v1/health")).build()).statusCode());
        }
    }
}
