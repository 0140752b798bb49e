package ai.stagesense.server.engines.completion;

import ai.stagesense.codeintel.stage.Stage;
import ai.stagesense.codeintel.tokens.NextLineTokens;
import ai.stagesense.codeintel.tokens.Vocabulary;
import ai.stagesense.server.engines.seq2seq.Seq2SeqModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded next-line seq2seq models: one per input stage where training kept a per-stage model, and the
 * stage-conditioned model ({@code config.stage = "all"}) for the other stages, whose source starts with a stage
 * token such as {@code <stage:explore>} (docs/models.md).
 */
public final class NextLineModels {

    /** A model and the source it needs for one request. */
    public record Choice(Seq2SeqModel model, int[] source) {
    }

    private final Map<String, Seq2SeqModel> perStage;
    private final Seq2SeqModel conditioned;

    public NextLineModels(Map<String, Seq2SeqModel> perStage, Seq2SeqModel conditioned) {
        this.perStage = Map.copyOf(perStage);
        this.conditioned = conditioned;
    }

    public boolean isEmpty() {
        return perStage.isEmpty() && conditioned == null;
    }

    /** The model for a stage with its encoded source, or null when no model covers the stage. */
    public Choice choose(Stage stage, List<String> contextEntries) {
        List<String> tokens = NextLineTokens.source(contextEntries);
        Seq2SeqModel own = perStage.get(stage.id());
        if (own != null) {
            return new Choice(own, own.source().encode(last(tokens, own.maxSource())));
        }
        if (conditioned == null) {
            return null;
        }
        List<String> source = new ArrayList<>();
        source.add(stageToken(stage));
        source.addAll(last(tokens, conditioned.maxSource() - 1));
        return new Choice(conditioned, conditioned.source().encode(source));
    }

    static String stageToken(Stage stage) {
        return "<stage:" + stage.id() + ">";
    }

    private static List<String> last(List<String> tokens, int n) {
        return n <= 0 ? List.of() : tokens.subList(Math.max(0, tokens.size() - n), tokens.size());
    }

    /** Target ids a next-line model must never output: specials and the stage/language marker tokens. */
    public static Set<Integer> blockedTargets(Vocabulary target) {
        Set<Integer> blocked = new HashSet<>(Set.of(Vocabulary.PAD_ID, Vocabulary.UNK_ID, Vocabulary.BOS_ID,
                Vocabulary.NEWLINE_ID, Vocabulary.CELL_ID));
        List<String> tokens = target.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).startsWith("<stage:") || tokens.get(i).startsWith("<lang:")) {
                blocked.add(i);
            }
        }
        return blocked;
    }

    /** Stage ids of the per-stage models, for /v1/models. */
    public Set<String> perStageIds() {
        return perStage.keySet();
    }

    public boolean hasConditioned() {
        return conditioned != null;
    }
}
