package ai.stagesense.server.engines.docstring;

import ai.stagesense.codeintel.docstring.DocstringGenerator;
import ai.stagesense.codeintel.docstring.DocstringRequest;
import ai.stagesense.codeintel.docstring.DocstringResult;
import ai.stagesense.server.engines.seq2seq.Seq2SeqModel;
import ai.stagesense.server.exec.Budget;

/**
 * {@link DocstringGenerator} with the summariser model when one is loaded, else with the generator's function-name
 * baseline ({@code load_config} → "Load config."), so docstrings work without any model.
 */
public final class GeneratorDocstringEngine implements DocstringEngine {

    private final Seq2SeqModel summaryModel;
    private final boolean languageToken;

    /** @param summaryModel null for the function-name baseline */
    public GeneratorDocstringEngine(Seq2SeqModel summaryModel, boolean languageToken) {
        this.summaryModel = summaryModel;
        this.languageToken = languageToken;
    }

    @Override
    public DocstringResult generate(DocstringRequest request, Budget budget) {
        ModelSummarizer summarizer = summaryModel == null ? null
                : new ModelSummarizer(summaryModel, languageToken, budget);
        DocstringResult result = DocstringGenerator.generate(request, summarizer);
        budget.check();
        return result;
    }

    @Override
    public String summarizer() {
        return summaryModel == null ? "function-name baseline (no summary model loaded)"
                : "model " + summaryModel.name();
    }
}
