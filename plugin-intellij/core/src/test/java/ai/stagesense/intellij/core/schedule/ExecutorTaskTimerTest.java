package ai.stagesense.intellij.core.schedule;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ExecutorTaskTimerTest {

    @Test
    void runsTasksAfterTheirDelayUnlessCancelled() throws Exception {
        try (ExecutorTaskTimer timer = new ExecutorTaskTimer()) {
            CountDownLatch ran = new CountDownLatch(1);
            AtomicBoolean cancelledRan = new AtomicBoolean();

            TaskTimer.Cancellable cancelled = timer.schedule(() -> cancelledRan.set(true), 50);
            cancelled.cancel();
            timer.schedule(ran::countDown, 20);

            assertTrue(ran.await(5, TimeUnit.SECONDS));
            Thread.sleep(100);
            assertFalse(cancelledRan.get());
        }
    }
}
