package ai.stagesense.server.engines.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import ai.stagesense.server.models.Manifest;
import ai.stagesense.server.models.ManifestEntry;
import ai.stagesense.server.models.ManifestReader;
import ai.stagesense.server.models.ModelFiles;
import ai.stagesense.server.models.OnnxSessions;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped stage classifier ({@code models/stage.onnx}), opened by the server's own session code after its
 * checksum is verified, gives the probabilities PyTorch gave for the same token ids when train_stage exported it
 * ({@code models/parity/stage.json}), within 1e-4.
 */
class StageParityTest {

    private static final Path SHIPPED = Path.of("").toAbsolutePath().resolve("../models").normalize();
    private static final double TOLERANCE = 1e-4;

    @Test
    void onnxRuntimeInJavaMatchesPyTorch() throws Exception {
        JsonObject parity = JsonParser.parseString(Files.readString(SHIPPED.resolve("parity/stage.json")))
                .getAsJsonObject();
        Manifest manifest = ManifestReader.read(SHIPPED);
        ManifestEntry entry = manifest.model("stage").orElseThrow();
        assertEquals(entry.file("model"), parity.get("model").getAsString(), "the parity file is for this model");
        ModelFiles files = ModelFiles.verify(SHIPPED, manifest);
        OnnxSessions sessions = new OnnxSessions();
        JsonArray cases = parity.getAsJsonArray("cases");
        assertFalse(cases.isEmpty());
        try (OrtSession session = sessions.open(files, entry, "model", OnnxStageEngine.INPUTS,
                OnnxStageEngine.OUTPUTS)) {
            for (JsonElement element : cases) {
                JsonObject testCase = element.getAsJsonObject();
                JsonArray tokens = testCase.getAsJsonArray("tokens");
                long[] ids = new long[tokens.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = tokens.get(i).getAsLong();
                }
                JsonArray expected = testCase.getAsJsonArray("probabilities");
                try (OnnxTensor input = OnnxTensor.createTensor(sessions.environment(), LongBuffer.wrap(ids),
                        new long[]{1, ids.length});
                     OrtSession.Result result = session.run(Map.of("tokens", input))) {
                    OnnxTensor output = (OnnxTensor) result.get("probabilities").orElseThrow();
                    assertEquals(expected.size(), output.getInfo().getShape()[1], "one probability per stage");
                    FloatBuffer actual = output.getFloatBuffer();
                    for (int s = 0; s < expected.size(); s++) {
                        assertEquals(expected.get(s).getAsDouble(), actual.get(s), TOLERANCE,
                                "stage " + s + " of the case with " + ids.length + " tokens");
                    }
                }
            }
        } finally {
            files.release();
        }
    }
}
