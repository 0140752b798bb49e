package ai.stagesense.codeintel.masking;

/**
 * One masked line and where it came from.
 *
 * @param masked   the masked summary, e.g. {@code var0=pandas.read_csv}
 * @param line     1-based line of the statement in its cell
 * @param concrete the statement as the user wrote it (first line of a compound statement's header), for
 *                 learning argument templates
 */
public record MaskedLine(String masked, int line, String concrete) {
}
