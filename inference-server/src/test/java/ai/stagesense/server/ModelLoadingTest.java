package ai.stagesense.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.server.models.ModelFiles;
import ai.stagesense.server.models.ModelLoadException;
import ai.stagesense.server.testing.TestModels;
import ai.stagesense.server.testing.TestServer;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Startup against damaged, incomplete and partial model directories. */
class ModelLoadingTest {

    private static Path copy() throws IOException {
        return TestModels.copyOf(TestModels.tiny());
    }

    private static void editManifest(Path dir, Consumer<JsonObject> edit) throws IOException {
        Path file = dir.resolve("manifest.json");
        JsonObject manifest = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        edit.accept(manifest);
        Files.writeString(file, manifest.toString());
    }

    private static JsonObject model(JsonObject manifest, String name) {
        for (JsonElement m : manifest.getAsJsonArray("models")) {
            if (m.getAsJsonObject().get("name").getAsString().equals(name)) {
                return m.getAsJsonObject();
            }
        }
        throw new AssertionError("no model " + name);
    }

    @Test
    void aCorruptModelFileFailsStartupNamingTheFileAndBothChecksums() throws Exception {
        Path dir = copy();
        Path onnx = dir.resolve("stage.onnx");
        String expected = ModelFiles.sha256(Files.readAllBytes(onnx));
        byte[] bytes = Files.readAllBytes(onnx);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(onnx, bytes);
        String actual = ModelFiles.sha256(bytes);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        ServerOptions options = new ServerOptions("127.0.0.1", port, dir, true,
                Files.createTempDirectory("token").resolve("token"), 2000, 2);
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> StageSenseServer.start(options, System.err));
        assertTrue(e.getMessage().contains(onnx.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("expected sha256 " + expected), e.getMessage());
        assertTrue(e.getMessage().contains("actual " + actual), e.getMessage());
        try (ServerSocket again = new ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort(), "a failed start releases its port");
        }
    }

    @Test
    void theCommandLineReportsACorruptFileAndExitsNonZero() throws Exception {
        Path dir = copy();
        Files.writeString(dir.resolve("ngram.json"), "{\"order\": 3, \"counts\": {}}");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = ai.stagesense.cli.MainAccess.run(new String[]{"serve", "--port", "0", "--models", dir.toString(),
                "--token-file", Files.createTempDirectory("t").resolve("token").toString()}, err);
        assertEquals(1, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("ngram.json") && message.contains("checksum mismatch"), message);
    }

    @Test
    void aMissingRequiredFileFailsStartupNamingIt() throws Exception {
        Path dir = copy();
        Files.delete(dir.resolve("summary-decoder.onnx"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> TestServer.start(dir));
        assertTrue(e.getMessage().contains("summary-decoder.onnx") && e.getMessage().contains("missing"),
                e.getMessage());
    }

    @Test
    void anExplicitDirectoryWithoutManifestFailsStartup() throws Exception {
        Path empty = Files.createTempDirectory("no-models");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> TestServer.start(empty));
        assertTrue(e.getMessage().contains("manifest.json") && e.getMessage().contains(empty.toString()),
                e.getMessage());
    }

    @Test
    void aManifestCannotPointOutsideItsDirectory() throws Exception {
        Path dir = copy();
        editManifest(dir, m -> model(m, "ngram").getAsJsonObject("files").addProperty("model", "../ngram.json"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> TestServer.start(dir));
        assertTrue(e.getMessage().contains("../ngram.json"), e.getMessage());
    }

    @Test
    void malformedStageTransitionsFailStartupNamingTheModel() throws Exception {
        Path dir = copy();
        editManifest(dir, m -> {
            JsonObject config = model(m, "stage").getAsJsonObject("config");
            JsonArray rows = new JsonArray();
            rows.add(new JsonArray());
            config.add("transitions", rows);
            config.addProperty("smoothing", 0.5);
        });
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> TestServer.start(dir));
        assertTrue(e.getMessage().contains("'stage'") && e.getMessage().contains("transitions"), e.getMessage());
        editManifest(dir, m -> model(m, "stage").getAsJsonObject("config").addProperty("transitions", "sticky"));
        ModelLoadException notAnArray = assertThrows(ModelLoadException.class, () -> TestServer.start(dir));
        assertTrue(notAnArray.getMessage().contains("'stage'") && notAnArray.getMessage().contains("transitions"),
                notAnArray.getMessage());
    }

    @Test
    void aGraphThatBreaksTheContractFailsStartupNamingIt() throws Exception {
        Path dir = copy();
        // the stage classifier's graph where a seq2seq encoder belongs: valid ONNX, wrong inputs
        Files.copy(dir.resolve("stage.onnx"), dir.resolve("summary-encoder.onnx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String sha = ModelFiles.sha256(Files.readAllBytes(dir.resolve("summary-encoder.onnx")));
        editManifest(dir, m -> model(m, "summary").getAsJsonObject("sha256").addProperty("summary-encoder.onnx", sha));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> TestServer.start(dir));
        assertTrue(e.getMessage().contains("summary-encoder.onnx") && e.getMessage().contains("docs/models.md"),
                e.getMessage());
    }

    @Test
    void anAbsentOptionalModelDisablesOnlyItsEndpoint() throws Exception {
        Path dir = copy();
        editManifest(dir, m -> model(m, "stage").addProperty("optional", true));
        Files.delete(dir.resolve("stage.onnx"));
        try (TestServer server = TestServer.start(dir)) {
            HttpResponse<String> stage = server.post("/v1/stage", "{\"code\": \"import os\"}");
            assertEquals(503, stage.statusCode(), stage.body());
            JsonObject error = TestServer.json(stage).getAsJsonObject();
            assertTrue(error.get("reason").getAsString().contains("stage.onnx"), error.toString());
            HttpResponse<String> complete = server.post("/v1/complete",
                    "{\"prefix\": \"\", \"context\": [\"import pandas as pd\"]}");
            assertEquals(200, complete.statusCode(), "completion picks its model by the rules' stage: "
                    + complete.body());
            JsonObject models = TestServer.json(server.get("/v1/models")).getAsJsonObject();
            boolean absentReported = false;
            for (JsonElement m : models.getAsJsonArray("models")) {
                JsonObject model = m.getAsJsonObject();
                if (model.get("name").getAsString().equals("stage")) {
                    absentReported = model.get("state").getAsString().equals("absent");
                } else {
                    assertEquals("loaded", model.get("state").getAsString(), model.toString());
                }
            }
            assertTrue(absentReported, models.toString());
            assertEquals(200, server.send(java.net.http.HttpRequest.newBuilder(server.uri("/v1/health")).build())
                    .statusCode());
        }
    }

    @Test
    void withoutTheSummaryModelDocstringsUseTheFunctionNameBaseline() throws Exception {
        Path dir = copy();
        editManifest(dir, m -> {
            JsonArray kept = new JsonArray();
            m.getAsJsonArray("models").forEach(e -> {
                if (!e.getAsJsonObject().get("name").getAsString().equals("summary")) {
                    kept.add(e);
                }
            });
            m.add("models", kept);
        });
        try (TestServer server = TestServer.start(dir)) {
            JsonObject answer = TestServer.json(server.post("/v1/docstring",
                    "{\"code\": \"def load_config(path):\\n    return open(path).read()\\n\"}")).getAsJsonObject();
            assertEquals("Load config.", answer.get("summary").getAsString());
            JsonObject engines = TestServer.json(server.get("/v1/models")).getAsJsonObject().getAsJsonObject("engines");
            assertTrue(engines.getAsJsonObject("docstring").get("summarizer").getAsString().contains("baseline"));
        }
    }

    @Test
    void withoutAModelsDirectoryTheModelsBundledInTheJarAreServed() throws Exception {
        try (TestServer server = TestServer.start(null)) {
            JsonObject models = TestServer.json(server.get("/v1/models")).getAsJsonObject();
            assertTrue(models.get("models_dir").getAsString().contains("stagesense-models"), models.toString());
            assertTrue(Files.isRegularFile(Path.of(models.get("models_dir").getAsString(), "manifest.json")));
            for (JsonElement m : models.getAsJsonArray("models")) {
                assertFalse(m.getAsJsonObject().get("state").getAsString().equals("absent"),
                        "the build bundles every shipped file: " + m);
            }
        }
    }

    @Test
    void withoutAnyModelsOnlyDocstringsAnswer() throws Exception {
        try (TestServer server = TestServer.start(TestModels.none())) {
            assertEquals(503, server.post("/v1/stage", "{\"code\": \"x\"}").statusCode());
            assertEquals(503, server.post("/v1/complete", "{\"prefix\": \"x\"}").statusCode());
            assertEquals(200, server.post("/v1/docstring", "{\"code\": \"def f(x):\\n    return x\\n\"}").statusCode());
            JsonObject models = TestServer.json(server.get("/v1/models")).getAsJsonObject();
            assertFalse(models.getAsJsonObject("engines").getAsJsonObject("complete").get("available").getAsBoolean());
        }
    }
}
