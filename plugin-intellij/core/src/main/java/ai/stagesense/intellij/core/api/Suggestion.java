package ai.stagesense.intellij.core.api;

/**
 * One next-line suggestion.
 *
 * @param text   what the editor inserts at the cursor (it may continue a partially typed line)
 * @param score  the model's score, higher is better
 * @param masked the masked form the model produced (for display and diagnostics)
 */
public record Suggestion(String text, double score, String masked) {
}
