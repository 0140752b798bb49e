package ai.stagesense.intellij.core.schedule;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The real timer: one daemon thread, so an IDE shutting down never waits for a pending keystroke timer. */
public final class ExecutorTaskTimer implements TaskTimer, AutoCloseable {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "stagesense-debounce");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public Cancellable schedule(Runnable task, long delayMillis) {
        ScheduledFuture<?> future = executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
