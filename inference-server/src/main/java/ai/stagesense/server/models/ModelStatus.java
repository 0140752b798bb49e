package ai.stagesense.server.models;

/**
 * What became of one manifest entry.
 *
 * @param state       {@code loaded}, {@code absent} (an optional model whose files are missing) or {@code unused}
 *                    (verified, but no engine of this server reads its kind)
 * @param detail      why it is absent or unused; null when loaded
 * @param loadSeconds time to verify and load it
 */
public record ModelStatus(ManifestEntry entry, String state, String detail, double loadSeconds) {

    public static final String LOADED = "loaded";
    public static final String ABSENT = "absent";
    public static final String UNUSED = "unused";
}
