package ai.stagesense.codeintel.stage;

import java.util.Locale;

/**
 * Data-science workflow stage of a notebook code cell, in workflow order.
 *
 * <p>Votes are plain {@code int}s so a vote matrix can be handed to a label model without boxing: a stage votes
 * its {@link #ordinal()}, an abstaining labeling function votes {@link #ABSTAIN}. In the object API
 * ({@link LabelingFunction#vote}) abstaining is {@code null}. The declaration order is also the tie-break order of
 * {@link MajorityVote}, so it must not be reordered casually.
 */
public enum Stage {
    IMPORTS,
    LOAD,
    EXPLORE,
    PREPARE,
    TRAIN,
    EVALUATE;

    /** The {@code int} vote of a labeling function that abstains. */
    public static final int ABSTAIN = -1;

    private static final Stage[] VALUES = values();

    /** Lowercase identifier used in datasets and APIs, e.g. {@code "explore"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The stage with the given {@link #id()}; case and surrounding blanks are ignored.
     *
     * @throws IllegalArgumentException for null or an unknown id (there is no id for abstaining)
     */
    public static Stage fromId(String id) {
        if (id != null) {
            String wanted = id.strip().toLowerCase(Locale.ROOT);
            for (Stage stage : VALUES) {
                if (stage.id().equals(wanted)) {
                    return stage;
                }
            }
        }
        throw new IllegalArgumentException("unknown stage id: " + id);
    }

    /** The {@code int} vote for a stage, {@link #ABSTAIN} for null. */
    public static int toVote(Stage stage) {
        return stage == null ? ABSTAIN : stage.ordinal();
    }

    /**
     * The stage an {@code int} vote stands for, null for {@link #ABSTAIN}.
     *
     * @throws IllegalArgumentException for any other value outside the ordinals
     */
    public static Stage fromVote(int vote) {
        if (vote == ABSTAIN) {
            return null;
        }
        if (vote < 0 || vote >= VALUES.length) {
            throw new IllegalArgumentException("not a stage vote: " + vote);
        }
        return VALUES[vote];
    }
}
