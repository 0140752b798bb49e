package ai.stagesense.intellij.core.api;

/**
 * Body of {@code POST /v1/docstring}.
 *
 * @param code     the source the function is in
 * @param language "python" or "java"
 * @param style    "google", "numpy", "rest", "epytext" or "javadoc"
 * @param line     1-based cursor line that picks the function, or null to let the server take the first one
 */
public record DocstringRequest(String code, String language, String style, Integer line) {
}
