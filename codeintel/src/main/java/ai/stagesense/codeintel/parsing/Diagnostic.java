package ai.stagesense.codeintel.parsing;

/** A syntax problem the parser recovered from. Line 1-based, column 0-based. */
public record Diagnostic(int line, int column, String message) {
}
