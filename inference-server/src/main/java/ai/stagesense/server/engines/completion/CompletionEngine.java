package ai.stagesense.server.engines.completion;

import ai.stagesense.server.exec.Budget;

/** Next-line suggestions for the cursor position of a cell or file. Implementations are thread-safe. */
public interface CompletionEngine {

    CompletionResult complete(CompletionQuery query, Budget budget) throws Exception;
}
