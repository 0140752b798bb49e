package ai.stagesense.server.engines.docstring;

import ai.stagesense.codeintel.docstring.DocstringRequest;
import ai.stagesense.codeintel.docstring.DocstringResult;
import ai.stagesense.server.exec.Budget;

/** Docstrings for the function under the cursor. Implementations are thread-safe. */
public interface DocstringEngine {

    /**
     * @throws ai.stagesense.codeintel.docstring.NoFunctionFoundException when there is no function to document
     * @throws IllegalArgumentException                                    for a language or style that cannot be used
     */
    DocstringResult generate(DocstringRequest request, Budget budget) throws Exception;

    /** Where summaries come from, as /v1/models reports it. */
    String summarizer();
}
