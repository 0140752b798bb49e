package ai.stagesense.server.engines.seq2seq;

import ai.onnxruntime.OrtException;
import ai.stagesense.codeintel.tokens.Vocabulary;
import ai.stagesense.server.exec.Budget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Beam search over a {@link Seq2SeqModel}, the same procedure as {@code Seq2Seq.beam_search} in
 * model-training/python/stagesense_training/seq2seq.py (training's evaluation and serving rank alike): every live
 * hypothesis is extended by its {@code width} best tokens, hypotheses ending in {@code </s>} among the {@code width}
 * best candidates are finished (a line ending further down would stop the search while better, longer ones still
 * live), the best {@code width} others live on; the search stops when {@code width} have finished, none live, or after
 * {@code maxLength} steps. Results are ranked by log-probability / sqrt(length) and are distinct; those still live
 * at the end are included, marked unfinished ({@link Hypothesis#finished()}).
 *
 * <p>Serving adds two things training's search does not need: tokens that can never be output (specials such as
 * {@code <unk>} or {@code <cell>}) are blocked, and optionally repeated n-grams (summaries that say "the the").
 */
public final class BeamSearch {

    /** @param blocked       target ids never emitted
     *  @param noRepeatNgram n > 1 blocks a token that would repeat an n-gram of the hypothesis; 0 disables */
    public record Settings(int width, int results, int maxLength, Set<Integer> blocked, int noRepeatNgram) {
    }

    private record Live(double score, int[] tokens, float[] state) {
    }

    private record Candidate(double score, int parent, int token) {
    }

    private BeamSearch() {
    }

    public static List<Hypothesis> search(Seq2SeqModel model, int[] sourceIds, Settings settings, Budget budget)
            throws OrtException {
        int[] source = sourceIds.length == 0 ? new int[]{Vocabulary.PAD_ID} : sourceIds;
        Seq2SeqModel.Encoded encoded = model.encode(source, budget);
        int hidden = encoded.hidden();
        List<Live> live = List.of(new Live(0.0, new int[0], encoded.state()));
        List<Hypothesis> finished = new ArrayList<>();
        Seq2SeqModel.StepInputs inputs = null;
        try {
            for (int step = 0; step < settings.maxLength() && !live.isEmpty(); step++) {
                budget.check();
                if (inputs == null || inputs.batch != live.size()) {
                    if (inputs != null) {
                        inputs.close();
                    }
                    inputs = model.stepInputs(encoded, live.size());
                }
                long[] tokens = new long[live.size()];
                float[] states = new float[live.size() * hidden];
                for (int b = 0; b < live.size(); b++) {
                    int[] seq = live.get(b).tokens();
                    tokens[b] = seq.length == 0 ? Vocabulary.BOS_ID : seq[seq.length - 1];
                    System.arraycopy(live.get(b).state(), 0, states, b * hidden, hidden);
                }
                Seq2SeqModel.Step out = model.step(tokens, states, hidden, inputs, budget);
                List<Candidate> candidates = new ArrayList<>();
                for (int b = 0; b < live.size(); b++) {
                    candidates.addAll(best(out, b, live.get(b), settings));
                }
                candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
                List<Live> next = new ArrayList<>();
                for (int rank = 0; rank < candidates.size(); rank++) {
                    Candidate c = candidates.get(rank);
                    Live parent = live.get(c.parent());
                    if (c.token() == Vocabulary.EOS_ID) {
                        if (rank < settings.width()) {
                            finished.add(new Hypothesis(parent.tokens(), c.score(), true));
                        }
                    } else if (next.size() < settings.width()) {
                        int[] seq = Arrays.copyOf(parent.tokens(), parent.tokens().length + 1);
                        seq[seq.length - 1] = c.token();
                        next.add(new Live(c.score(), seq, Arrays.copyOfRange(out.states(), c.parent() * hidden,
                                (c.parent() + 1) * hidden)));
                    }
                }
                live = next;
                if (finished.size() >= settings.width()) {
                    break;
                }
            }
        } finally {
            if (inputs != null) {
                inputs.close();
            }
        }
        for (Live l : live) {
            finished.add(new Hypothesis(l.tokens(), l.score(), false));
        }
        return rank(finished, settings.results());
    }

    /** The {@code width} best next tokens of hypothesis {@code b} that are allowed. */
    private static List<Candidate> best(Seq2SeqModel.Step out, int b, Live parent, Settings settings) {
        Set<Integer> banned = repeated(parent.tokens(), settings.noRepeatNgram());
        int base = b * out.vocab();
        int width = settings.width();
        int[] ids = new int[width];
        float[] values = new float[width];
        int filled = 0;
        for (int v = 0; v < out.vocab(); v++) {
            float lp = out.logProbs()[base + v];
            if (Float.isNaN(lp) || settings.blocked().contains(v) || banned.contains(v)) {
                continue;
            }
            if (filled < width || lp > values[width - 1]) {
                // insertion into the sorted top `width`: a full list drops its last entry
                int i = filled < width ? filled++ : width - 1;
                while (i > 0 && values[i - 1] < lp) {
                    values[i] = values[i - 1];
                    ids[i] = ids[i - 1];
                    i--;
                }
                values[i] = lp;
                ids[i] = v;
            }
        }
        List<Candidate> out2 = new ArrayList<>(filled);
        for (int i = 0; i < filled; i++) {
            out2.add(new Candidate(parent.score() + values[i], b, ids[i]));
        }
        return out2;
    }

    /** Tokens that would complete an n-gram already present in {@code tokens}. */
    static Set<Integer> repeated(int[] tokens, int n) {
        if (n < 2 || tokens.length < n - 1) {
            return Set.of();
        }
        Set<Integer> banned = new HashSet<>();
        int tail = tokens.length - (n - 1);
        for (int start = 0; start + n - 1 < tokens.length; start++) {
            boolean same = true;
            for (int j = 0; j < n - 1 && same; j++) {
                same = tokens[start + j] == tokens[tail + j];
            }
            if (same) {
                banned.add(tokens[start + n - 1]);
            }
        }
        return banned;
    }

    static List<Hypothesis> rank(List<Hypothesis> all, int results) {
        List<Hypothesis> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble((Hypothesis h) -> h.logProb() / Math.sqrt(Math.max(1, h.tokens().length)))
                .reversed());
        List<Hypothesis> out = new ArrayList<>();
        Set<List<Integer>> seen = new HashSet<>();
        for (Hypothesis h : sorted) {
            if (seen.add(Arrays.stream(h.tokens()).boxed().toList())) {
                out.add(h);
                if (out.size() == results) {
                    break;
                }
            }
        }
        return out;
    }
}
