package ai.stagesense.codeintel.stage;

import java.util.Locale;

/** What an earlier cell put into a variable, as far as the workflow stage of a later cell reading it is concerned. */
public enum ValueKind {
    /** A model object that has not been fitted yet: {@code model = RandomForestClassifier()}. */
    MODEL,
    /** The result of fitting a model: {@code history = model.fit(...)}, {@code clf = LogisticRegression().fit(...)}. */
    FITTED,
    /** Predictions, or values derived from them: {@code preds = model.predict(X_test)}. */
    PREDICTIONS,
    /** Scores and reports of a model: {@code cm = confusion_matrix(y, preds)}. */
    SCORES;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
