package ai.stagesense.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.server.testing.TestModels;
import ai.stagesense.server.testing.TestServer;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint's happy path against the real server on loopback, with real (small, trained) models. */
class ServerApiTest {

    static final Set<String> STAGES = Set.of("imports", "load", "explore", "prepare", "train", "evaluate");
    static final List<String> NOTEBOOK = List.of(
            "import pandas as pd\nimport numpy as np\nfrom sklearn.model_selection import train_test_split\n",
            "df = pd.read_csv('train.csv')\n",
            "df.head()\ndf.describe()\n");

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(TestModels.tiny());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        return TestServer.json(response).getAsJsonObject();
    }

    private static void assertStageAnswer(JsonObject answer) {
        assertTrue(STAGES.contains(answer.get("stage").getAsString()), answer.toString());
        JsonObject p = answer.getAsJsonObject("probabilities");
        assertEquals(STAGES, p.keySet());
        double sum = 0;
        String best = null;
        for (String s : p.keySet()) {
            double v = p.get(s).getAsDouble();
            assertTrue(v >= 0 && v <= 1, s + "=" + v);
            sum += v;
            if (best == null || v > p.get(best).getAsDouble()) {
                best = s;
            }
        }
        assertEquals(1.0, sum, 1e-4, "a softmax over the six stages");
        assertEquals(best, answer.get("stage").getAsString(), "the stage is the most probable one");
    }

    @Test
    void healthAnswersWithoutAToken() throws Exception {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/v1/health")).GET().build());
        assertEquals(200, r.statusCode());
        assertEquals("ready", TestServer.json(r).getAsJsonObject().get("status").getAsString());
    }

    @Test
    void stageOfOneCell() throws Exception {
        assertStageAnswer(ok(server.post("/v1/stage", "{\"code\": \"import pandas as pd\\nimport numpy as np\\n\"}")));
    }

    @Test
    void stageBatchAnswersEveryCellInOrderAndAgreesWithSingle() throws Exception {
        JsonArray cells = new JsonArray();
        NOTEBOOK.forEach(cells::add);
        JsonObject body = new JsonObject();
        body.add("cells", cells);
        JsonArray results = ok(server.post("/v1/stage", body.toString())).getAsJsonArray("results");
        assertEquals(NOTEBOOK.size(), results.size());
        results.forEach(r -> assertStageAnswer(r.getAsJsonObject()));
        JsonObject single = new JsonObject();
        single.addProperty("code", NOTEBOOK.get(0));
        assertEquals(results.get(0), ok(server.post("/v1/stage", single.toString())),
                "the first cell of a batch is masked exactly like a single cell");
    }

    @Test
    void stageOfAnEmptyBatchIsEmpty() throws Exception {
        assertEquals(0, ok(server.post("/v1/stage", "{\"cells\": []}")).getAsJsonArray("results").size());
    }

    private static JsonObject completion(String prefix, List<String> context, int max) {
        JsonObject body = new JsonObject();
        body.addProperty("prefix", prefix);
        body.addProperty("suffix", "");
        JsonArray cells = new JsonArray();
        context.forEach(cells::add);
        body.add("context", cells);
        body.addProperty("language", "python");
        body.addProperty("max_suggestions", max);
        return body;
    }

    @Test
    void completionFollowsTheContract() throws Exception {
        JsonObject answer = ok(server.post("/v1/complete", completion("df.head()\n", NOTEBOOK.subList(0, 2), 3)
                .toString()));
        assertTrue(STAGES.contains(answer.get("stage").getAsString()), answer.toString());
        assertTrue(answer.get("elapsed_ms").getAsLong() >= 0);
        JsonArray suggestions = answer.getAsJsonArray("suggestions");
        assertFalse(suggestions.isEmpty(), "the trained models and the n-gram table always have something: " + answer);
        assertTrue(suggestions.size() <= 3, answer.toString());
        Set<String> texts = new HashSet<>();
        for (JsonElement e : suggestions) {
            JsonObject s = e.getAsJsonObject();
            assertFalse(s.get("text").getAsString().isBlank(), s.toString());
            assertFalse(s.get("masked").getAsString().isBlank(), s.toString());
            double score = s.get("score").getAsDouble();
            assertTrue(score >= 0 && score <= 1, s.toString());
            assertTrue(texts.add(s.get("text").getAsString()), "suggestions are distinct: " + answer);
        }
    }

    @Test
    void anEmptyCellGetsFirstLineSuggestionsFromTheContext() throws Exception {
        JsonObject answer = ok(server.post("/v1/complete", completion("", NOTEBOOK, 2).toString()));
        assertTrue(STAGES.contains(answer.get("stage").getAsString()));
        JsonArray suggestions = answer.getAsJsonArray("suggestions");
        assertFalse(suggestions.isEmpty(), answer.toString());
        assertTrue(suggestions.size() <= 2);
    }

    @Test
    void suggestionsWhileTypingContinueTheTypedText() throws Exception {
        String typed = "print(";
        JsonObject answer = ok(server.post("/v1/complete", completion("df.head()\n" + typed, NOTEBOOK.subList(0, 2), 5)
                .toString()));
        for (JsonElement e : answer.getAsJsonArray("suggestions")) {
            String text = e.getAsJsonObject().get("text").getAsString();
            assertFalse(text.startsWith(typed), "the text is what comes after the typed part: " + text);
        }
    }

    @Test
    void javaGetsNoSuggestionsAndNoStage() throws Exception {
        JsonObject body = completion("int x = 1;\n", List.of(), 3);
        body.addProperty("language", "java");
        JsonObject answer = ok(server.post("/v1/complete", body.toString()));
        assertTrue(answer.get("stage").isJsonNull());
        assertEquals(0, answer.getAsJsonArray("suggestions").size());
    }

    @Test
    void pythonDocstringWithItsEdit() throws Exception {
        String code = "import os\n\n\ndef add(a, b=1):\n    total = a + b\n    return total\n";
        JsonObject body = new JsonObject();
        body.addProperty("code", code);
        body.addProperty("language", "python");
        body.addProperty("style", "numpy");
        body.addProperty("line", 5);
        JsonObject answer = ok(server.post("/v1/docstring", body.toString()));
        assertFalse(answer.get("docstring").getAsString().isBlank());
        assertFalse(answer.get("summary").getAsString().isBlank());
        assertEquals("numpy", answer.get("style").getAsString());
        assertEquals("add", answer.get("function").getAsString());
        JsonObject edit = answer.getAsJsonObject("edit");
        List<String> lines = new java.util.ArrayList<>(List.of(code.split("\n", -1)));
        int start = edit.get("start_line").getAsInt();
        int end = edit.get("end_line").getAsInt();
        for (int i = end; i >= start; i--) {
            lines.remove(i - 1);
        }
        lines.add(start - 1, edit.get("text").getAsString().stripTrailing());
        String result = String.join("\n", lines);
        assertTrue(result.indexOf("\"\"\"") > result.indexOf("def add"), result);
        assertTrue(result.indexOf("\"\"\"") < result.indexOf("total = a + b"), result);
        assertTrue(result.contains("    total = a + b\n    return total\n"), result);
        assertTrue(edit.get("text").getAsString().startsWith("    \"\"\""), "indented for the body: " + edit);
    }

    @Test
    void javaDocstringIsJavadocWhateverTheStyle() throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("code", "public class Calc {\n    public int twice(int x) {\n        return 2 * x;\n    }\n}\n");
        body.addProperty("language", "java");
        body.addProperty("style", "google");
        JsonObject answer = ok(server.post("/v1/docstring", body.toString()));
        assertEquals("javadoc", answer.get("style").getAsString());
        assertTrue(answer.getAsJsonObject("edit").get("text").getAsString().contains("/**"), answer.toString());
    }

    @Test
    void modelsListsEveryManifestModelAndTheEngines() throws Exception {
        JsonObject answer = ok(server.get("/v1/models"));
        Set<String> names = new HashSet<>();
        for (JsonElement e : answer.getAsJsonArray("models")) {
            JsonObject m = e.getAsJsonObject();
            names.add(m.get("name").getAsString());
            assertEquals("loaded", m.get("state").getAsString(), m.toString());
            assertNotNull(m.get("version").getAsString());
        }
        assertTrue(names.containsAll(Set.of("stage", "nextline-all", "ngram", "templates", "summary", "packages")),
                names.toString());
        JsonObject engines = answer.getAsJsonObject("engines");
        assertTrue(engines.getAsJsonObject("stage").get("available").getAsBoolean());
        assertTrue(engines.getAsJsonObject("complete").get("available").getAsBoolean());
        assertEquals("model summary", engines.getAsJsonObject("docstring").get("summarizer").getAsString());
        assertTrue(engines.getAsJsonObject("packages").get("available").getAsBoolean());
    }

    @Test
    void similarPackagesResolveAliasesAndLabelEachList() throws Exception {
        JsonObject answer = ok(server.get("/v1/packages/similar?name=sklearn&k=5"));
        assertEquals("scikit-learn", answer.get("name").getAsString());
        assertEquals("import_name", answer.get("resolved_by").getAsString());
        assertFalse(answer.get("summary").getAsString().isBlank());
        Map<String, List<String>> byRelation = new HashMap<>();
        for (JsonElement e : answer.getAsJsonArray("results")) {
            JsonObject r = e.getAsJsonObject();
            byRelation.computeIfAbsent(r.get("relation").getAsString(), x -> new ArrayList<>())
                    .add(r.get("name").getAsString());
            assertFalse(r.getAsJsonArray("reasons").isEmpty(), "every result says why: " + r);
            assertTrue(r.has("summary") && r.has("score"), r.toString());
        }
        assertTrue(Set.of("alternative", "extension", "used_with").containsAll(byRelation.keySet()), answer.toString());
        byRelation.values().forEach(list -> assertTrue(list.size() <= 5, "k per list: " + answer));
        assertTrue(byRelation.get("used_with").contains("pandas"), answer.toString());
        assertEquals("pillow", ok(server.get("/v1/packages/similar?name=PIL&k=3")).get("name").getAsString());
        assertEquals("typo", ok(server.get("/v1/packages/similar?name=pandsa&k=3")).get("resolved_by").getAsString());
    }

    @Test
    void packageSearchAndRecommendAnswerFromTheShippedIndex() throws Exception {
        JsonObject search = ok(server.post("/v1/packages/search", "{\"query\": \"fast dataframe library\", \"k\": 10}"));
        List<String> found = new ArrayList<>();
        for (JsonElement e : search.getAsJsonArray("results")) {
            found.add(e.getAsJsonObject().get("name").getAsString());
            assertEquals("match", e.getAsJsonObject().get("relation").getAsString());
        }
        assertTrue(found.contains("polars") || found.contains("pandas"), found.toString());
        JsonObject recommend = ok(server.post("/v1/packages/recommend",
                "{\"imports\": [\"pandas\", \"sklearn\", \"my_local_helpers\", \"os\"], \"k\": 10}"));
        assertEquals("scikit-learn", recommend.getAsJsonObject("resolved").get("sklearn").getAsString());
        assertEquals(List.of("my_local_helpers"), recommend.getAsJsonArray("unknown").asList().stream()
                .map(JsonElement::getAsString).toList());
        List<String> recommended = recommend.getAsJsonArray("results").asList().stream()
                .map(e -> e.getAsJsonObject().get("name").getAsString()).toList();
        assertTrue(recommended.contains("numpy") && recommended.contains("matplotlib"), recommended.toString());
        assertFalse(recommended.contains("pandas"), "what the notebook imports already is no recommendation");
    }

    @Test
    void unknownPackagesAre404WithAMessage() throws Exception {
        HttpResponse<String> similar = server.get("/v1/packages/similar?name=zzqx-no-such-package-qq");
        assertEquals(404, similar.statusCode(), similar.body());
        assertTrue(TestServer.json(similar).getAsJsonObject().get("error").getAsString().contains("zzqx"));
        HttpResponse<String> recommend = server.post("/v1/packages/recommend", "{\"imports\": [\"zzqx_local\"]}");
        assertEquals(404, recommend.statusCode(), recommend.body());
    }

    @Test
    void metricsCountRequestsAndReportModels() throws Exception {
        ok(server.post("/v1/stage", "{\"code\": \"x = 1\"}"));
        HttpResponse<String> r = server.get("/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String text = r.body();
        assertTrue(text.matches("(?s).*stagesense_http_requests_total\\{endpoint=\"/v1/stage\",method=\"POST\","
                + "status=\"200\"} [1-9].*"), text);
        assertTrue(text.contains("stagesense_http_request_duration_seconds_bucket{endpoint=\"/v1/stage\",le=\"0.01\"}"),
                text);
        assertTrue(text.contains("stagesense_http_request_duration_seconds_count{endpoint=\"/v1/stage\"}"), text);
        assertTrue(text.contains("stagesense_model_info{name=\"stage\""), text);
        assertTrue(text.contains("stagesense_engine_available{engine=\"packages\"} 1"), text);
        for (String line : text.split("\n")) {
            assertTrue(line.startsWith("#") || line.matches("[a-z_]+(\\{[^}]*})? [-+0-9.eEInfNa]+"),
                    "Prometheus sample syntax: " + line);
        }
    }

    @Test
    void openApiIsServed() throws Exception {
        JsonObject doc = ok(server.get("/openapi.json"));
        assertEquals("3.1.0", doc.get("openapi").getAsString());
    }
}
