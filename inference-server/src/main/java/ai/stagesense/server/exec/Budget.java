package ai.stagesense.server.exec;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.concurrent.TimeUnit;

/**
 * The time one request may spend in the engines, and the means to stop it. Engines call {@link #check()} between
 * steps (a beam-search step, a batch) and pass {@link #runOptions()} to every ONNX Runtime call, so that
 * {@link #cancel()} from the waiting request thread ends even a model call that is already running.
 */
public final class Budget implements AutoCloseable {

    private final long deadlineNanos;
    private volatile boolean cancelled;
    private OrtSession.RunOptions runOptions;

    private Budget(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    public static Budget of(long millis) {
        return new Budget(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** A budget that never runs out, for offline callers (evaluation, tests of single components). */
    public static Budget unlimited() {
        return new Budget(Long.MAX_VALUE);
    }

    /** @throws BudgetExceededException when the request was cancelled or its time is up */
    public void check() {
        if (cancelled || (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0)) {
            throw new BudgetExceededException();
        }
    }

    public long remainingMillis() {
        return deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE
                : Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }

    /** Options for every model call of this request; terminated by {@link #cancel()}. */
    public synchronized OrtSession.RunOptions runOptions() throws OrtException {
        check();
        if (runOptions == null) {
            runOptions = new OrtSession.RunOptions();
        }
        return runOptions;
    }

    public synchronized void cancel() {
        cancelled = true;
        if (runOptions != null) {
            try {
                runOptions.setTerminate(true);
            } catch (OrtException e) {
                // the run it would stop is ending anyway; the flag above stops the next step
            }
        }
    }

    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public synchronized void close() {
        if (runOptions != null) {
            runOptions.close();
            runOptions = null;
        }
    }
}
