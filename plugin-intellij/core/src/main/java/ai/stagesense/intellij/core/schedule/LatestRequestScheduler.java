package ai.stagesense.intellij.core.schedule;

import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Debounce and cancellation for requests made while the user types: a request is sent only after
 * {@code debounceMillis} without a newer one, and a newer request cancels the older one whether it is still waiting
 * or already on the wire (its future completes cancelled, and cancelling propagates to the HTTP exchange).
 * Cancelling a returned future (e.g. the editor's coroutine was cancelled) stops its timer or its call too.
 */
public final class LatestRequestScheduler {

    private final TaskTimer timer;
    private final LongSupplier debounceMillis;
    private Pending<?> latest;

    /** @param debounceMillis read on every submit, so a settings change applies to the next keystroke */
    public LatestRequestScheduler(TaskTimer timer, LongSupplier debounceMillis) {
        this.timer = timer;
        this.debounceMillis = debounceMillis;
    }

    public synchronized <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> call) {
        if (latest != null) {
            latest.cancel();
        }
        Pending<T> pending = new Pending<>(call);
        latest = pending;
        long delay = debounceMillis.getAsLong();
        if (delay <= 0) {
            pending.start();
        } else {
            pending.setTimer(timer.schedule(() -> startIfLatest(pending), delay));
        }
        return pending.result;
    }

    /** Drops whatever is waiting or running, e.g. when the editor loses focus or the plugin is unloaded. */
    public synchronized void cancelAll() {
        if (latest != null) {
            latest.cancel();
            latest = null;
        }
    }

    private synchronized void startIfLatest(Pending<?> pending) {
        if (pending == latest && !pending.result.isDone()) {
            pending.start();
        }
    }

    private static final class Pending<T> {
        private final Supplier<CompletableFuture<T>> call;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private TaskTimer.Cancellable timer;
        private CompletableFuture<T> inFlight;

        Pending(Supplier<CompletableFuture<T>> call) {
            this.call = call;
            // the caller giving up must reach the timer and the wire, not just this future
            result.whenComplete((value, failure) -> {
                if (result.isCancelled()) {
                    stop();
                }
            });
        }

        synchronized void setTimer(TaskTimer.Cancellable handle) {
            timer = handle;
            if (result.isCancelled()) {
                handle.cancel();
            }
        }

        void start() {
            CompletableFuture<T> started;
            try {
                started = call.get();
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            synchronized (this) {
                inFlight = started;
            }
            started.whenComplete((value, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(failure);
                } else {
                    result.complete(value);
                }
            });
            if (result.isCancelled()) {
                started.cancel(true);
            }
        }

        void cancel() {
            result.cancel(true);
        }

        private synchronized void stop() {
            if (timer != null) {
                timer.cancel();
            }
            if (inFlight != null) {
                inFlight.cancel(true);
            }
        }
    }
}
