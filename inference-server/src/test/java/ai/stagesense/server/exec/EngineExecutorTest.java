package ai.stagesense.server.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.server.http.ApiException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EngineExecutorTest {

    @Test
    void aSlowTaskIsCancelledAtTheBudgetWhileOthersGoOn() throws Exception {
        try (EngineExecutor executor = new EngineExecutor(2, 8, 300)) {
            CountDownLatch interrupted = new CountDownLatch(1);
            ExecutorService clients = Executors.newFixedThreadPool(2);
            try {
                long t0 = System.nanoTime();
                Future<Throwable> slow = clients.submit(() -> {
                    try {
                        executor.call(budget -> {
                            try {
                                Thread.sleep(10_000);
                            } catch (InterruptedException e) {
                                interrupted.countDown();
                            }
                            return null;
                        });
                        return null;
                    } catch (Exception e) {
                        return e;
                    }
                });
                Thread.sleep(50);
                long fastStart = System.nanoTime();
                assertEquals("fast", executor.call(budget -> "fast"));
                assertTrue(System.nanoTime() - fastStart < TimeUnit.MILLISECONDS.toNanos(200),
                        "a request next to a slow one is not held up");
                ApiException e = (ApiException) slow.get(5, TimeUnit.SECONDS);
                assertEquals(503, e.status());
                assertTrue(e.reason().contains("300 ms"), e.reason());
                assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2), "answered at the budget");
                assertTrue(interrupted.await(2, TimeUnit.SECONDS), "the slow work was cancelled");
                assertEquals(1, executor.timedOut());
            } finally {
                clients.shutdownNow();
            }
        }
    }

    @Test
    void aBudgetCheckStopsLoopsThatRunPastIt() throws Exception {
        try (EngineExecutor executor = new EngineExecutor(1, 1, 100)) {
            ApiException e = assertThrows(ApiException.class, () -> executor.call(budget -> {
                while (true) {
                    budget.check();
                    Thread.onSpinWait();
                }
            }));
            assertEquals(503, e.status());
        }
    }

    @Test
    void clientErrorsPassThroughAndDeepRecursionIs422() {
        try (EngineExecutor executor = new EngineExecutor(1, 1, 2000)) {
            ApiException bad = assertThrows(ApiException.class, () -> executor.call(budget -> {
                throw ApiException.badRequest("nope", "code");
            }));
            assertEquals(400, bad.status());
            ApiException deep = assertThrows(ApiException.class, () -> executor.call(budget -> recurse(0)));
            assertEquals(422, deep.status());
        }
    }

    private static int recurse(int n) {
        return recurse(n + 1) + 1;
    }

    @Test
    void aFullQueueIs503Busy() throws Exception {
        try (EngineExecutor executor = new EngineExecutor(1, 1, 2000)) {
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService clients = Executors.newFixedThreadPool(2);
            try {
                clients.submit(() -> executor.call(budget -> release.await(5, TimeUnit.SECONDS)));
                clients.submit(() -> executor.call(budget -> release.await(5, TimeUnit.SECONDS)));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (executor.queued() < 1 && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                ApiException busy = assertThrows(ApiException.class, () -> executor.call(budget -> 1));
                assertEquals(503, busy.status());
                assertTrue(busy.reason().contains("busy"), busy.reason());
                assertEquals(1, executor.rejected());
            } finally {
                release.countDown();
                clients.shutdownNow();
            }
        }
    }
}
