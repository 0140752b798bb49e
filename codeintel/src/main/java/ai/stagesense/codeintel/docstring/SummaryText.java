package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.FunctionInfo;

/**
 * The summary sentence of a new docstring. A summariser that fails or says nothing must not cost the user the
 * docstring, so the function-name baseline stands in; whatever the source, the result is one sentence on one line.
 */
final class SummaryText {

    private static final Summarizer BASELINE = new FunctionNameSummarizer();

    private SummaryText() {
    }

    static String of(FunctionInfo f, Summarizer summarizer) {
        String raw = null;
        if (summarizer != null) {
            try {
                raw = summarizer.summarize(f);
            } catch (RuntimeException e) {
                raw = null;
            }
        }
        if (raw == null || raw.isBlank()) {
            raw = BASELINE.summarize(f);
        }
        return NameWords.sentence(raw.replaceAll("\\s+", " "));
    }
}
