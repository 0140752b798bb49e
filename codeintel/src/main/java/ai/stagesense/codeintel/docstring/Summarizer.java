package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.FunctionInfo;

/**
 * Writes the one-sentence summary of a function. The neural summariser and the function-name baseline both implement
 * it, so the docstring features and the evaluation compare them through the same seam.
 */
@FunctionalInterface
public interface Summarizer {

    /** The summary sentence; implementations may return null or blank when they have nothing to say. */
    String summarize(FunctionInfo function);
}
