package ai.stagesense.server.engines.seq2seq;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.stagesense.codeintel.tokens.Vocabulary;
import ai.stagesense.server.exec.Budget;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * An encoder–decoder pair exported as two graphs (docs/models.md, "seq2seq"): the encoder runs once per request,
 * the decoder once per beam-search step for all live hypotheses together. Sessions are shared by all requests
 * (ONNX Runtime sessions are thread-safe; the model loader owns and closes them); everything per request lives in
 * {@link Encoded} and the step arrays.
 */
public final class Seq2SeqModel {

    public static final Set<String> ENCODER_INPUTS = Set.of("src");
    public static final Set<String> ENCODER_OUTPUTS = Set.of("memory", "state");
    public static final Set<String> DECODER_INPUTS = Set.of("token", "state", "memory", "src_mask");
    public static final Set<String> DECODER_OUTPUTS = Set.of("log_probs", "state_out");

    private final String name;
    private final OrtEnvironment env;
    private final OrtSession encoder;
    private final OrtSession decoder;
    private final Vocabulary source;
    private final Vocabulary target;
    private final int maxSource;
    private final int maxTarget;

    public Seq2SeqModel(String name, OrtEnvironment env, OrtSession encoder, OrtSession decoder, Vocabulary source,
                        Vocabulary target, int maxSource, int maxTarget) {
        this.name = name;
        this.env = env;
        this.encoder = encoder;
        this.decoder = decoder;
        this.source = source;
        this.target = target;
        this.maxSource = maxSource;
        this.maxTarget = maxTarget;
    }

    /** The encoder's view of one source sequence. */
    public record Encoded(float[] memory, float[] state, int sourceLength, int hidden) {
    }

    /** One decoder step for {@code batch} hypotheses: log-probabilities row-major [batch, vocab] and new states. */
    public record Step(float[] logProbs, float[] states, int vocab) {
    }

    /** @param ids source token ids, at least one (callers pass {@code <pad>} for an empty source) */
    public Encoded encode(int[] ids, Budget budget) throws OrtException {
        long[] longs = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            longs[i] = ids[i];
        }
        try (OnnxTensor src = OnnxTensor.createTensor(env, LongBuffer.wrap(longs), new long[]{1, ids.length});
             OrtSession.Result result = encoder.run(Map.of("src", src), budget.runOptions())) {
            OnnxTensor memory = (OnnxTensor) result.get("memory").orElseThrow();
            OnnxTensor state = (OnnxTensor) result.get("state").orElseThrow();
            long[] shape = memory.getInfo().getShape();
            return new Encoded(copy(memory.getFloatBuffer()), copy(state.getFloatBuffer()), (int) shape[1],
                    (int) shape[2]);
        }
    }

    /**
     * Inputs that stay the same for every step of one search with a given number of hypotheses: the encoder memory
     * repeated per hypothesis and its all-ones mask (one source, so nothing is padding).
     */
    public final class StepInputs implements AutoCloseable {

        private final OnnxTensor memory;
        private final OnnxTensor mask;
        final int batch;

        StepInputs(Encoded encoded, int batch) throws OrtException {
            this.batch = batch;
            int per = encoded.sourceLength() * encoded.hidden();
            float[] repeated = new float[batch * per];
            for (int b = 0; b < batch; b++) {
                System.arraycopy(encoded.memory(), 0, repeated, b * per, per);
            }
            float[] ones = new float[batch * encoded.sourceLength()];
            Arrays.fill(ones, 1f);
            this.memory = OnnxTensor.createTensor(env, FloatBuffer.wrap(repeated),
                    new long[]{batch, encoded.sourceLength(), encoded.hidden()});
            this.mask = OnnxTensor.createTensor(env, FloatBuffer.wrap(ones), new long[]{batch, encoded.sourceLength()});
        }

        @Override
        public void close() {
            memory.close();
            mask.close();
        }
    }

    public StepInputs stepInputs(Encoded encoded, int batch) throws OrtException {
        return new StepInputs(encoded, batch);
    }

    /** @param states row-major [batch, hidden] */
    public Step step(long[] tokens, float[] states, int hidden, StepInputs inputs, Budget budget) throws OrtException {
        int batch = tokens.length;
        if (batch != inputs.batch) {
            throw new IllegalArgumentException("step inputs are for " + inputs.batch + " hypotheses, not " + batch);
        }
        try (OnnxTensor token = OnnxTensor.createTensor(env, LongBuffer.wrap(tokens), new long[]{batch});
             OnnxTensor state = OnnxTensor.createTensor(env, FloatBuffer.wrap(states), new long[]{1, batch, hidden});
             OrtSession.Result result = decoder.run(Map.of("token", token, "state", state, "memory", inputs.memory,
                     "src_mask", inputs.mask), budget.runOptions())) {
            OnnxTensor logProbs = (OnnxTensor) result.get("log_probs").orElseThrow();
            OnnxTensor next = (OnnxTensor) result.get("state_out").orElseThrow();
            int vocab = (int) logProbs.getInfo().getShape()[1];
            return new Step(copy(logProbs.getFloatBuffer()), copy(next.getFloatBuffer()), vocab);
        }
    }

    private static float[] copy(FloatBuffer buffer) {
        float[] out = new float[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    public String name() {
        return name;
    }

    public Vocabulary source() {
        return source;
    }

    public Vocabulary target() {
        return target;
    }

    public int maxSource() {
        return maxSource;
    }

    public int maxTarget() {
        return maxTarget;
    }
}
