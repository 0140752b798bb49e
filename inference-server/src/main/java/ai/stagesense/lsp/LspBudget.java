package ai.stagesense.lsp;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The time and cancellation state of one request. The sources check it between steps; an adapter to an engine with
 * its own cancellation registers {@link #onCancel} so that {@code $/cancelRequest} also stops a call in flight.
 */
public final class LspBudget {

    private final long deadlineNanos;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    LspBudget(long millis) {
        this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** @throws CancellationException when the client cancelled the request or its time is up */
    public void check() {
        if (cancelled || remainingMillis() == 0) {
            throw new CancellationException(cancelled ? "cancelled by the client" : "over the time budget");
        }
    }

    public long remainingMillis() {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Runs now when already cancelled, else once on cancellation. */
    public void onCancel(Runnable listener) {
        listeners.add(listener);
        if (cancelled && listeners.remove(listener)) {
            listener.run();
        }
    }

    void cancel() {
        cancelled = true;
        for (Runnable r : listeners) {
            if (listeners.remove(r)) {
                r.run();
            }
        }
    }
}
