package ai.stagesense.server.engines.docstring;

import ai.onnxruntime.OrtException;
import ai.stagesense.codeintel.docstring.Summarizer;
import ai.stagesense.codeintel.functions.FunctionCode;
import ai.stagesense.codeintel.functions.FunctionInfo;
import ai.stagesense.codeintel.tokens.Subtokens;
import ai.stagesense.codeintel.tokens.SummaryTokens;
import ai.stagesense.codeintel.tokens.Vocabulary;
import ai.stagesense.server.engines.seq2seq.BeamSearch;
import ai.stagesense.server.engines.seq2seq.Hypothesis;
import ai.stagesense.server.engines.seq2seq.Seq2SeqModel;
import ai.stagesense.server.exec.Budget;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The summariser model as a {@link Summarizer}, for one request (it carries that request's budget). Source: the
 * language token when the model was trained with one ({@code <lang:python>}), then the sub-tokens of the function
 * without its docstring, cut to {@code max_src}; decoded with beam search that never repeats a trigram.
 */
final class ModelSummarizer implements Summarizer {

    static final int BEAM = 4;
    static final int NO_REPEAT_NGRAM = 3;

    private final Seq2SeqModel model;
    private final boolean languageToken;
    private final Budget budget;

    ModelSummarizer(Seq2SeqModel model, boolean languageToken, Budget budget) {
        this.model = model;
        this.languageToken = languageToken;
        this.budget = budget;
    }

    @Override
    public String summarize(FunctionInfo function) {
        List<String> tokens = new ArrayList<>();
        if (languageToken) {
            tokens.add("<lang:" + function.language() + ">");
        }
        List<String> code = Subtokens.codeTokens(FunctionCode.of(function));
        tokens.addAll(code.subList(0, Math.min(code.size(), Math.max(0, model.maxSource() - tokens.size()))));
        BeamSearch.Settings settings = new BeamSearch.Settings(BEAM, 1, model.maxTarget(),
                Set.of(Vocabulary.PAD_ID, Vocabulary.UNK_ID, Vocabulary.BOS_ID, Vocabulary.NEWLINE_ID,
                        Vocabulary.CELL_ID), NO_REPEAT_NGRAM);
        List<Hypothesis> best;
        try {
            best = BeamSearch.search(model, model.source().encode(tokens), settings, budget);
        } catch (OrtException e) {
            // the generator falls back to the function-name summary for any runtime failure of a summariser
            throw new IllegalStateException("summary model failed: " + e.getMessage(), e);
        }
        return best.isEmpty() ? null : SummaryTokens.detokenize(model.target().decode(best.get(0).tokens()));
    }
}
