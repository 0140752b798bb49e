package ai.stagesense.server.engines.docstring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.stagesense.codeintel.tokens.Vocabulary;
import ai.stagesense.server.engines.seq2seq.Seq2SeqModel;
import ai.stagesense.server.exec.Budget;
import ai.stagesense.server.models.Manifest;
import ai.stagesense.server.models.ManifestEntry;
import ai.stagesense.server.models.ManifestReader;
import ai.stagesense.server.models.ModelFiles;
import ai.stagesense.server.models.OnnxSessions;
import ai.stagesense.server.models.VocabularyFiles;
import ai.onnxruntime.OrtSession;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped summariser ({@code models/summary-*.onnx}, a copying decoder whose memory carries target ids),
 * run step by step through {@link Seq2SeqModel} as the server runs it, gives PyTorch's encoder memory and
 * decoder log-probabilities for the cases train_summarizer wrote ({@code models/parity/summary.json}).
 */
class SummaryParityTest {

    private static final Path SHIPPED = Path.of("").toAbsolutePath().resolve("../models").normalize();
    private static final double TOLERANCE = 1e-3;

    @Test
    void onnxRuntimeInJavaMatchesPyTorch() throws Exception {
        JsonArray cases = JsonParser.parseString(Files.readString(SHIPPED.resolve("parity/summary.json")))
                .getAsJsonObject().getAsJsonArray("cases");
        assertFalse(cases.isEmpty());
        Manifest manifest = ManifestReader.read(SHIPPED);
        ManifestEntry entry = manifest.model("summary").orElseThrow();
        ModelFiles files = ModelFiles.verify(SHIPPED, manifest);
        OnnxSessions sessions = new OnnxSessions();
        try (OrtSession encoder = sessions.open(files, entry, "encoder", Seq2SeqModel.ENCODER_INPUTS,
                Seq2SeqModel.ENCODER_OUTPUTS);
             OrtSession decoder = sessions.open(files, entry, "decoder", Seq2SeqModel.DECODER_INPUTS,
                     Seq2SeqModel.DECODER_OUTPUTS)) {
            Vocabulary source = VocabularyFiles.load(files, entry, "src_vocab");
            Vocabulary target = VocabularyFiles.load(files, entry, "tgt_vocab");
            Seq2SeqModel model = new Seq2SeqModel("summary", sessions.environment(), encoder, decoder, source,
                    target, entry.configInt("max_src", 80), entry.configInt("max_tgt", 20));
            for (JsonElement element : cases) {
                check(model, element.getAsJsonObject());
            }
        } finally {
            files.release();
        }
    }

    private static void check(Seq2SeqModel model, JsonObject testCase) throws Exception {
        JsonArray src = testCase.getAsJsonArray("src");
        int[] ids = new int[src.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = src.get(i).getAsInt();
        }
        Budget budget = Budget.unlimited();
        Seq2SeqModel.Encoded encoded = model.encode(ids, budget);
        JsonArray memoryHead = testCase.getAsJsonArray("memory_head");
        for (int i = 0; i < memoryHead.size(); i++) {
            assertEquals(memoryHead.get(i).getAsDouble(), encoded.memory()[i], TOLERANCE, "memory " + i);
        }
        float[] state = encoded.state();
        try (Seq2SeqModel.StepInputs inputs = model.stepInputs(encoded, 1)) {
            for (JsonElement s : testCase.getAsJsonArray("steps")) {
                JsonObject step = s.getAsJsonObject();
                Seq2SeqModel.Step out = model.step(new long[]{step.get("token").getAsLong()}, state,
                        encoded.hidden(), inputs, budget);
                JsonArray head = step.getAsJsonArray("log_probs_head");
                for (int v = 0; v < head.size(); v++) {
                    assertEquals(head.get(v).getAsDouble(), out.logProbs()[v], TOLERANCE, "log-prob of " + v);
                }
                int best = 0;
                for (int v = 1; v < out.vocab(); v++) {
                    best = out.logProbs()[v] > out.logProbs()[best] ? v : best;
                }
                assertEquals(step.get("best").getAsInt(), best, "greedy token");
                state = out.states();
            }
        }
    }
}
