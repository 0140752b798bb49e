/**
 * Weak supervision for the workflow stage of notebook code cells.
 *
 * <p>{@link ai.stagesense.codeintel.stage.LabelingFunction}s look at a cell's masked lines (docs/masking.md) and,
 * for what masking drops (string literals, comments, shell escapes the parser could not read), its raw source, and
 * for what the cell alone cannot tell, its {@link ai.stagesense.codeintel.stage.CellContext} (what earlier cells of
 * the notebook made, followed by {@link ai.stagesense.codeintel.stage.NotebookFlow}).
 * Each function votes one {@link ai.stagesense.codeintel.stage.Stage} or abstains; abstaining is {@code null} in
 * the object API and {@link ai.stagesense.codeintel.stage.Stage#ABSTAIN} ({@code -1}) in the {@code int[]} vote
 * rows of {@link ai.stagesense.codeintel.stage.LabelingFunctions#votes}, which a label model combines.
 * {@link ai.stagesense.codeintel.stage.MajorityVote} is the baseline combination.
 */
package ai.stagesense.codeintel.stage;
