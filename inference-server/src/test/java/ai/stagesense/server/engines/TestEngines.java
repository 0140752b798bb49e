package ai.stagesense.server.engines;

import ai.onnxruntime.OrtSession;
import ai.stagesense.codeintel.stage.Stage;
import ai.stagesense.codeintel.tokens.Vocabulary;
import ai.stagesense.server.engines.seq2seq.Seq2SeqModel;
import ai.stagesense.server.engines.stage.OnnxStageEngine;
import ai.stagesense.server.models.Manifest;
import ai.stagesense.server.models.ManifestEntry;
import ai.stagesense.server.models.ManifestReader;
import ai.stagesense.server.models.ModelFiles;
import ai.stagesense.server.models.OnnxSessions;
import ai.stagesense.server.models.VocabularyFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Single engines from a models directory, for tests that exercise one engine without the HTTP server. */
final class TestEngines implements AutoCloseable {

    private final Manifest manifest;
    private final ModelFiles files;
    private final OnnxSessions sessions = new OnnxSessions();
    private final List<OrtSession> opened = new ArrayList<>();

    TestEngines(Path dir) throws Exception {
        this.manifest = ManifestReader.read(dir);
        this.files = ModelFiles.verify(dir, manifest);
    }

    private ManifestEntry entry(String name) {
        return manifest.model(name).orElseThrow(() -> new AssertionError("no model " + name));
    }

    private OrtSession open(ManifestEntry e, String role, java.util.Set<String> in, java.util.Set<String> out)
            throws Exception {
        OrtSession session = sessions.open(files, e, role, in, out);
        opened.add(session);
        return session;
    }

    Seq2SeqModel seq2seq(String name, String sourceRole, String targetRole) throws Exception {
        ManifestEntry e = entry(name);
        Vocabulary source = VocabularyFiles.load(files, e, sourceRole);
        Vocabulary target = VocabularyFiles.load(files, e, targetRole);
        return new Seq2SeqModel(name, sessions.environment(),
                open(e, "encoder", Seq2SeqModel.ENCODER_INPUTS, Seq2SeqModel.ENCODER_OUTPUTS),
                open(e, "decoder", Seq2SeqModel.DECODER_INPUTS, Seq2SeqModel.DECODER_OUTPUTS), source, target,
                e.configInt("max_src", 48), e.configInt("max_tgt", 24));
    }

    OnnxStageEngine stage() throws Exception {
        ManifestEntry e = entry("stage");
        return new OnnxStageEngine(sessions.environment(),
                open(e, "model", OnnxStageEngine.INPUTS, OnnxStageEngine.OUTPUTS), VocabularyFiles.load(files, e, "vocab"),
                e.configInt("max_tokens", 256), Arrays.stream(Stage.values()).map(Stage::id).toList());
    }

    @Override
    public void close() throws Exception {
        for (OrtSession s : opened) {
            s.close();
        }
    }
}
