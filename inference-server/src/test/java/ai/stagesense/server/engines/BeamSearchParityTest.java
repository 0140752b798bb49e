package ai.stagesense.server.engines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.stagesense.server.engines.seq2seq.BeamSearch;
import ai.stagesense.server.engines.seq2seq.Hypothesis;
import ai.stagesense.server.engines.seq2seq.Seq2SeqModel;
import ai.stagesense.server.exec.Budget;
import ai.stagesense.server.testing.TestModels;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Java beam search over the exported graphs finds the same sequences, with the same log-probabilities, as the
 * training package's PyTorch {@code beam_search} on the same model (written by tiny_models.py).
 */
class BeamSearchParityTest {

    @Test
    void javaAndPyTorchBeamSearchAgree() throws Exception {
        Path dir = TestModels.tiny();
        JsonObject parity = JsonParser.parseString(Files.readString(dir.resolve("parity/beam-nextline-all.json")))
                .getAsJsonObject();
        try (TestEngines engines = new TestEngines(dir)) {
            Seq2SeqModel model = engines.seq2seq("nextline-all", "vocab", "vocab");
            BeamSearch.Settings settings = new BeamSearch.Settings(parity.get("beam").getAsInt(),
                    parity.get("k").getAsInt(), parity.get("max_len").getAsInt(), Set.of(), 0);
            assertFalse(parity.getAsJsonArray("cases").isEmpty());
            for (JsonElement c : parity.getAsJsonArray("cases")) {
                JsonObject testCase = c.getAsJsonObject();
                int[] src = ints(testCase.getAsJsonArray("src"));
                List<Hypothesis> java = BeamSearch.search(model, src, settings, Budget.unlimited());
                List<JsonElement> python = testCase.getAsJsonArray("results").asList();
                assertEquals(python.size(), java.size(), "results for " + testCase);
                for (int i = 0; i < python.size(); i++) {
                    JsonObject expected = python.get(i).getAsJsonObject();
                    assertArrayEquals(ints(expected.getAsJsonArray("tokens")), java.get(i).tokens(),
                            "result " + i + " of " + testCase);
                    assertEquals(expected.get("log_prob").getAsDouble(), java.get(i).logProb(), 1e-3);
                }
            }
        }
    }

    private static int[] ints(com.google.gson.JsonArray array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).getAsInt();
        }
        return out;
    }
}
