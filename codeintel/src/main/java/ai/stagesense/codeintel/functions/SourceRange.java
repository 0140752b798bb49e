package ai.stagesense.codeintel.functions;

/** A region of source text. Lines are 1-based, columns 0-based, end is exclusive (like LSP ranges, shifted by one line). */
public record SourceRange(int startLine, int startColumn, int endLine, int endColumn) {
}
