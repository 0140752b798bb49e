package ai.stagesense.server.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.stagesense.codeintel.tokens.Vocabulary;
import ai.stagesense.server.engines.seq2seq.Seq2SeqModel;
import ai.stagesense.server.exec.Budget;
import ai.stagesense.server.models.ManifestEntry;
import ai.stagesense.server.models.ManifestReader;
import ai.stagesense.server.testing.TestModels;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exported encoder and one decoder step at a time, run by the server's {@link Seq2SeqModel} over ONNX Runtime,
 * give what PyTorch gave on the same inputs (training's {@code parity_cases}, written by tiny_models.py in the
 * format train_nextline and train_summarizer write next to real models): encoder memory and each greedy step's
 * log-probabilities within 1e-4, the same best token; and the same for every next-line model shipped in
 * {@code models/} against the cases train_nextline wrote for it ({@code models/parity/nextline-*.json}).
 */
class Seq2SeqStepParityTest {

    static final double TOLERANCE = 1e-4;
    private static final Path SHIPPED = Path.of("").toAbsolutePath().resolve("../models").normalize();

    @Test
    void encoderAndDecoderStepsMatchPyTorch() throws Exception {
        Path dir = TestModels.tiny();
        JsonObject parity = JsonParser.parseString(Files.readString(dir.resolve("parity/nextline-all.json")))
                .getAsJsonObject();
        try (TestEngines engines = new TestEngines(dir)) {
            assertParity(engines.seq2seq("nextline-all", "vocab", "vocab"), parity);
        }
    }

    @Test
    void shippedNextLineModelsMatchPyTorch() throws Exception {
        List<String> names = ManifestReader.read(SHIPPED).models().stream()
                .filter(e -> e.name().startsWith("nextline-") && e.kind().equals("seq2seq"))
                .map(ManifestEntry::name).toList();
        assertFalse(names.isEmpty(), "models/manifest.json lists no next-line seq2seq model");
        try (TestEngines engines = new TestEngines(SHIPPED)) {
            for (String name : names) {
                JsonObject parity = JsonParser.parseString(
                        Files.readString(SHIPPED.resolve("parity/" + name + ".json"))).getAsJsonObject();
                assertParity(engines.seq2seq(name, "vocab", "vocab"), parity);
            }
        }
    }

    /** Replays every case of a parity file: the encoder, then the decoder fed PyTorch's tokens step by step. */
    static void assertParity(Seq2SeqModel model, JsonObject parity) throws Exception {
        JsonArray cases = parity.getAsJsonArray("cases");
        assertFalse(cases.isEmpty());
        for (JsonElement c : cases) {
            JsonObject testCase = c.getAsJsonObject();
            int[] src = ints(testCase.getAsJsonArray("src"));
            Seq2SeqModel.Encoded encoded = model.encode(src, Budget.unlimited());
            JsonArray memoryHead = testCase.getAsJsonArray("memory_head");
            for (int i = 0; i < memoryHead.size(); i++) {
                assertEquals(memoryHead.get(i).getAsDouble(), encoded.memory()[i], TOLERANCE,
                        "memory[0, 0, " + i + "]");
            }
            float[] state = encoded.state();
            try (Seq2SeqModel.StepInputs inputs = model.stepInputs(encoded, 1)) {
                int step = 0;
                for (JsonElement s : testCase.getAsJsonArray("steps")) {
                    JsonObject expected = s.getAsJsonObject();
                    long token = expected.get("token").getAsLong();
                    if (step == 0) {
                        assertEquals(Vocabulary.BOS_ID, token, "decoding starts at <bos>");
                    }
                    Seq2SeqModel.Step out = model.step(new long[]{token}, state, encoded.hidden(), inputs,
                            Budget.unlimited());
                    JsonArray head = expected.getAsJsonArray("log_probs_head");
                    for (int i = 0; i < head.size(); i++) {
                        assertEquals(head.get(i).getAsDouble(), out.logProbs()[i], TOLERANCE,
                                "step " + step + ", log-probability of token " + i);
                    }
                    assertEquals(expected.get("best").getAsInt(), argmax(out.logProbs()), "step " + step);
                    state = out.states();
                    step++;
                }
            }
        }
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static int[] ints(JsonArray array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).getAsInt();
        }
        return out;
    }
}
