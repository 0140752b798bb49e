package ai.stagesense.server.exec;

/** The request's time budget ran out (or it was cancelled) while an engine was working on it. */
public final class BudgetExceededException extends RuntimeException {

    public BudgetExceededException() {
        super("time budget exceeded", null, false, false);
    }
}
