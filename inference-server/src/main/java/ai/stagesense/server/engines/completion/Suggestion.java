package ai.stagesense.server.engines.completion;

/**
 * One suggestion.
 *
 * @param text   what the editor inserts at the cursor (the rest of the line when part of it is typed)
 * @param score  the probability its source gives the masked line: the next-line model's sequence probability, or
 *               the n-gram table's relative frequency (discounted when it backed off)
 * @param masked the predicted masked line (docs/masking.md)
 */
public record Suggestion(String text, double score, String masked) {
}
