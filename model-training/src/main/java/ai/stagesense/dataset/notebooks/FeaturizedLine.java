package ai.stagesense.dataset.notebooks;

import java.io.Serializable;

/**
 * One masked line with what the next-line data needs of it.
 *
 * @param masked      the masked line
 * @param concrete    the statement as written
 * @param templateKey the argument template's key, or null when the statement has no template
 * @param template    the argument template, or null
 */
public record FeaturizedLine(String masked, String concrete, String templateKey, String template)
        implements Serializable {
}
