package ai.stagesense.server.engines.stage;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.stagesense.codeintel.stage.CellFeatures;
import ai.stagesense.codeintel.stage.Stage;
import ai.stagesense.codeintel.stage.StageFeatures;
import ai.stagesense.codeintel.tokens.Vocabulary;
import ai.stagesense.server.exec.Budget;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stage classifier over ONNX Runtime: tokens from {@link StageFeatures} (the function the dataset builder used),
 * cut to {@code max_tokens}, encoded with the model's vocabulary, padded on the right with {@code <pad>}; all cells of
 * a request go through the model in one batch, and a batch of several cells is smoothed as one run of consecutive
 * notebook cells ({@link StageSmoothing}).
 */
public final class OnnxStageEngine implements StageEngine, AutoCloseable {

    public static final Set<String> INPUTS = Set.of("tokens");
    public static final Set<String> OUTPUTS = Set.of("probabilities");

    private final OrtEnvironment env;
    private final OrtSession session;
    private final Vocabulary vocabulary;
    private final int maxTokens;
    private final StageSmoothing smoothing;
    /** Column of the model's output for each {@link Stage} ordinal: the manifest's {@code stages} order. */
    private final int[] column;

    public OnnxStageEngine(OrtEnvironment env, OrtSession session, Vocabulary vocabulary, int maxTokens,
                           List<String> stageOrder) {
        this(env, session, vocabulary, maxTokens, stageOrder, StageSmoothing.NONE);
    }

    /** @param smoothing applied to every request of more than one cell (the cells are consecutive in a notebook) */
    public OnnxStageEngine(OrtEnvironment env, OrtSession session, Vocabulary vocabulary, int maxTokens,
                           List<String> stageOrder, StageSmoothing smoothing) {
        this.smoothing = smoothing;
        this.env = env;
        this.session = session;
        this.vocabulary = vocabulary;
        this.maxTokens = maxTokens;
        this.column = new int[Stage.values().length];
        for (Stage s : Stage.values()) {
            int index = stageOrder.indexOf(s.id());
            if (index < 0) {
                throw new IllegalArgumentException("the model's stages " + stageOrder + " lack '" + s.id() + "'");
            }
            column[s.ordinal()] = index;
        }
    }

    @Override
    public List<StagePrediction> classify(List<CellFeatures> cells, Budget budget) throws OrtException {
        if (cells.isEmpty()) {
            return List.of();
        }
        List<int[]> encoded = new ArrayList<>(cells.size());
        int width = 1;
        for (CellFeatures cell : cells) {
            int[] ids = vocabulary.encode(StageFeatures.tokens(cell, maxTokens));
            encoded.add(ids);
            width = Math.max(width, ids.length);
        }
        budget.check();
        long[] batch = new long[cells.size() * width]; // zeros: <pad> on the right
        for (int i = 0; i < encoded.size(); i++) {
            int[] ids = encoded.get(i);
            for (int j = 0; j < ids.length; j++) {
                batch[i * width + j] = ids[j];
            }
        }
        try (OnnxTensor tokens = OnnxTensor.createTensor(env, LongBuffer.wrap(batch), new long[]{cells.size(), width});
             OrtSession.Result result = session.run(Map.of("tokens", tokens), budget.runOptions())) {
            OnnxTensor probabilities = (OnnxTensor) result.get("probabilities").orElseThrow();
            int classes = (int) probabilities.getInfo().getShape()[1];
            FloatBuffer values = probabilities.getFloatBuffer();
            double[][] rows = new double[cells.size()][classes];
            for (int i = 0; i < cells.size(); i++) {
                for (int c = 0; c < classes; c++) {
                    float v = values.get(i * classes + c);
                    rows[i][c] = Float.isFinite(v) ? v : 0.0;
                }
            }
            rows = smoothing.smooth(rows);
            List<StagePrediction> out = new ArrayList<>(cells.size());
            for (double[] row : rows) {
                double[] p = new double[Stage.values().length];
                for (Stage s : Stage.values()) {
                    p[s.ordinal()] = row[column[s.ordinal()]];
                }
                out.add(StagePrediction.of(p));
            }
            return out;
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
