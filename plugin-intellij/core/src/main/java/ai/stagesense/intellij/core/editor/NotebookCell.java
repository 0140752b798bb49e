package ai.stagesense.intellij.core.editor;

/** One cell of an {@code .ipynb} file: its source with lines joined, and whether it is a code cell. */
public record NotebookCell(String source, boolean code) {
}
