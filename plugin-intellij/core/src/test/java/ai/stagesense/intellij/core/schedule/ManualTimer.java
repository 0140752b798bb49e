package ai.stagesense.intellij.core.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A fake clock: scheduled tasks run only when the test advances time past their due moment. */
final class ManualTimer implements TaskTimer {

    private final List<Scheduled> tasks = new ArrayList<>();
    private long now;

    private static final class Scheduled {
        final Runnable task;
        final long due;
        boolean cancelled;

        Scheduled(Runnable task, long due) {
            this.task = task;
            this.due = due;
        }
    }

    @Override
    public synchronized Cancellable schedule(Runnable task, long delayMillis) {
        Scheduled scheduled = new Scheduled(task, now + delayMillis);
        tasks.add(scheduled);
        return () -> scheduled.cancelled = true;
    }

    /** Moves the clock forward, running due tasks in due order. */
    void advance(long millis) {
        long target;
        synchronized (this) {
            target = now + millis;
        }
        while (true) {
            Scheduled next;
            synchronized (this) {
                next = tasks.stream().filter(t -> t.due <= target).min(Comparator.comparingLong(t -> t.due)).orElse(null);
                if (next == null) {
                    now = target;
                    return;
                }
                tasks.remove(next);
                now = next.due;
            }
            if (!next.cancelled) {
                next.task.run();
            }
        }
    }

    synchronized long pendingTasks() {
        return tasks.stream().filter(t -> !t.cancelled).count();
    }
}
