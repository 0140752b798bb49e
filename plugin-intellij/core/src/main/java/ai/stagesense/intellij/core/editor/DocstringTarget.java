package ai.stagesense.intellij.core.editor;

import ai.stagesense.intellij.core.api.DocstringRequest;

/**
 * A docstring request and the document offset its {@code code} starts at, so the answer's line-based edit can be
 * turned into a replacement in the editor's document.
 */
public record DocstringTarget(DocstringRequest request, int codeStartInDocument) {
}
