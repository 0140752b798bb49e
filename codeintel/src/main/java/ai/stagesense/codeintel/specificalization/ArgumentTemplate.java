package ai.stagesense.codeintel.specificalization;

/**
 * A learned way to write a masked line out in full.
 *
 * <p>{@code key} is the masked line with variables renamed to positions ({@code $1.groupby.mean}); {@code template}
 * is a concrete line over the same positions, full module paths and slots ({@code $1.groupby(${col}).mean()}).
 * Slots: {@code ${path}} a data file, {@code ${col}} a DataFrame column, {@code ${str}} a long string.
 * See docs/masking.md.
 */
public record ArgumentTemplate(String key, String template) {

    /** The lookup key of any masked line, so callers can find the template learned for it. */
    public static String keyOf(String masked) {
        return MaskedVariables.key(masked);
    }
}
