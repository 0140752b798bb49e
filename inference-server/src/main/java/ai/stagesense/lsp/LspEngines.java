package ai.stagesense.lsp;

/**
 * What the language server calls in-process. Next lines and packages are null when their models are absent (those
 * features then answer with nothing); docstrings always work, with the function-name summary at least.
 */
public record LspEngines(DocstringSource docstrings, NextLineSource nextLines, PackageSource packages) {

    public LspEngines {
        docstrings = docstrings == null ? DocstringSource.BASELINE : docstrings;
    }

    /** No models at all: docstrings only. */
    public static LspEngines docstringsOnly() {
        return new LspEngines(null, null, null);
    }
}
