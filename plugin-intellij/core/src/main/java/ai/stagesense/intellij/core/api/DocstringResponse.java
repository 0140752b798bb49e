package ai.stagesense.intellij.core.api;

/** Answer of {@code POST /v1/docstring}: the docstring body, its one-line summary and the edit that inserts it. */
public record DocstringResponse(String docstring, String summary, DocstringEdit edit) {
}
