package ai.stagesense.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.server.api.OpenApiHandler;
import ai.stagesense.server.testing.TestModels;
import ai.stagesense.server.testing.TestServer;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-written /openapi.json and the implementation describe the same API. */
class OpenApiContractTest {

    private static final JsonObject DOC = JsonParser.parseString(OpenApiHandler.load()).getAsJsonObject();
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(TestModels.tiny());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyRouteOfTheRouterIsDocumentedAndNothingElse() {
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonElement> path : DOC.getAsJsonObject("paths").entrySet()) {
            for (String method : path.getValue().getAsJsonObject().keySet()) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }
        assertEquals(documented, new TreeSet<>(server.server().routerRoutes()));
    }

    @Test
    void onlyTheHealthCheckIsDocumentedAsPublic() {
        Set<String> open = new HashSet<>();
        for (Map.Entry<String, JsonElement> path : DOC.getAsJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonElement> op : path.getValue().getAsJsonObject().entrySet()) {
                JsonObject operation = op.getValue().getAsJsonObject();
                if (operation.has("security") && operation.getAsJsonArray("security").isEmpty()) {
                    open.add(path.getKey());
                }
            }
        }
        assertEquals(Set.of("/v1/health"), open);
    }

    @Test
    void everyReferenceResolves() {
        Matcher ref = Pattern.compile("\"\\$ref\":\"#/components/([a-zA-Z]+)/([A-Za-z]+)\"").matcher(DOC.toString());
        int n = 0;
        while (ref.find()) {
            n++;
            assertTrue(DOC.getAsJsonObject("components").getAsJsonObject(ref.group(1)).has(ref.group(2)), ref.group());
        }
        assertTrue(n > 20, "references found: " + n);
    }

    /** The answer has every required property of its schema and no undocumented one. */
    private static void conforms(JsonObject answer, String schema) {
        JsonObject s = DOC.getAsJsonObject("components").getAsJsonObject("schemas").getAsJsonObject(schema);
        Set<String> properties = s.getAsJsonObject("properties").keySet();
        for (JsonElement required : s.getAsJsonArray("required")) {
            assertTrue(answer.has(required.getAsString()), schema + " requires " + required + ": " + answer);
        }
        for (String key : answer.keySet()) {
            assertTrue(properties.contains(key), key + " is not documented in " + schema + ": " + answer);
        }
    }

    @Test
    void answersMatchTheirDocumentedSchemas() throws Exception {
        conforms(TestServer.json(server.get("/v1/health")).getAsJsonObject(), "Health");
        conforms(TestServer.json(server.post("/v1/stage", "{\"code\": \"import os\"}")).getAsJsonObject(), "StageResult");
        conforms(TestServer.json(server.post("/v1/stage", "{\"cells\": [\"import os\"]}")).getAsJsonObject(),
                "StageBatchResult");
        JsonObject complete = TestServer.json(server.post("/v1/complete",
                "{\"prefix\": \"\", \"context\": [\"import pandas as pd\"]}")).getAsJsonObject();
        conforms(complete, "CompleteResult");
        complete.getAsJsonArray("suggestions").forEach(s -> conforms(s.getAsJsonObject(), "Suggestion"));
        conforms(TestServer.json(server.post("/v1/docstring", "{\"code\": \"def f(a):\\n    return a\\n\"}"))
                .getAsJsonObject(), "DocstringResult");
        conforms(TestServer.json(server.get("/v1/models")).getAsJsonObject(), "ModelsResult");
        conforms(TestServer.json(server.post("/v1/stage", "{\"code\": 1}")).getAsJsonObject(), "Error");
        conforms(TestServer.json(server.get("/v1/packages/similar?name=zzqx-unknown")).getAsJsonObject(), "Error");
        JsonObject similar = TestServer.json(server.get("/v1/packages/similar?name=requests&k=3")).getAsJsonObject();
        conforms(similar, "SimilarPackagesResult");
        similar.getAsJsonArray("results").forEach(r -> conforms(r.getAsJsonObject(), "PackageResult"));
        conforms(TestServer.json(server.post("/v1/packages/search", "{\"query\": \"http client\"}")).getAsJsonObject(),
                "PackageResults");
        conforms(TestServer.json(server.post("/v1/packages/recommend", "{\"imports\": [\"pandas\"]}"))
                .getAsJsonObject(), "RecommendResult");
    }
}
