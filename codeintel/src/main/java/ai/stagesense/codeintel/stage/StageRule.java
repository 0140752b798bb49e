package ai.stagesense.codeintel.stage;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A labeling function with one polarity: it votes {@link #stage()} when its test holds and abstains otherwise.
 * One polarity per function keeps the label model's accuracy estimate per function meaningful.
 */
final class StageRule implements LabelingFunction {

    private final String name;
    private final Stage stage;
    private final Predicate<CellView> fires;

    StageRule(String name, Stage stage, Predicate<CellView> fires) {
        this.name = Objects.requireNonNull(name);
        this.stage = Objects.requireNonNull(stage);
        this.fires = Objects.requireNonNull(fires);
    }

    /** Fires when any code line's expression matches {@code when}. */
    static StageRule code(String name, Stage stage, Pattern when) {
        return new StageRule(name, stage, cell -> cell.anyCode(when));
    }

    /** Fires when any code line matches {@code when} and no code line matches {@code unless}. */
    static StageRule code(String name, Stage stage, Pattern when, Pattern unless) {
        return new StageRule(name, stage, cell -> cell.anyCode(when) && !cell.anyCode(unless));
    }

    /** Fires when a comment matches {@code include} and that same comment does not match {@code exclude}. */
    static StageRule comment(String name, Stage stage, Pattern include, Pattern exclude) {
        return new StageRule(name, stage, cell -> cell.anyComment(include, exclude));
    }

    @Override
    public String name() {
        return name;
    }

    /** The only stage this function ever votes. */
    Stage stage() {
        return stage;
    }

    @Override
    public Stage vote(CellFeatures cell) {
        return vote(CellView.of(cell));
    }

    Stage vote(CellView cell) {
        return fires.test(cell) ? stage : null;
    }

    @Override
    public String toString() {
        return name + "→" + stage.id();
    }
}
