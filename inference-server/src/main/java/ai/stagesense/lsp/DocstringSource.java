package ai.stagesense.lsp;

import ai.stagesense.codeintel.docstring.DocstringGenerator;
import ai.stagesense.codeintel.docstring.DocstringRequest;
import ai.stagesense.codeintel.docstring.DocstringResult;

/** Writes the docstring for a request; the server's engine adds its summary model (see ServerEngines). */
public interface DocstringSource {

    /** The generator with its function-name summary: docstrings work without any model. */
    DocstringSource BASELINE = (request, budget) -> DocstringGenerator.generate(request, null);

    DocstringResult generate(DocstringRequest request, LspBudget budget) throws Exception;
}
