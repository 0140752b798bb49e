package ai.stagesense.intellij.core.schedule;

/** Runs a task after a delay; the seam that lets tests drive time by hand instead of sleeping. */
public interface TaskTimer {

    /** @return a handle that stops the task if it has not run yet */
    Cancellable schedule(Runnable task, long delayMillis);

    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
