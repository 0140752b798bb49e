package ai.stagesense.server.exec;

import ai.stagesense.server.http.ApiException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs engine work on a fixed pool with a bounded queue, and gives every request a time budget. The HTTP thread
 * waits at most the budget; when it runs out the work is cancelled (ONNX runs terminated, loops stopped at their
 * next check) and the client gets 503 — so a slow model call holds one worker for at most one budget and never
 * blocks requests for other endpoints, which keep their own workers.
 */
public final class EngineExecutor implements AutoCloseable {

    /** Parsing a pathologically nested cell recurses deeply; a large stack turns most of those into plain work. */
    private static final long WORKER_STACK_BYTES = 16L << 20;

    private final ThreadPoolExecutor pool;
    private final long budgetMillis;
    private final AtomicLong timedOut = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    public EngineExecutor(int threads, int queueCapacity, long budgetMillis) {
        this.budgetMillis = budgetMillis;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread t = new Thread(null, task, "stagesense-engine-" + n.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), factory, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * @throws ApiException 503 when the budget runs out or the queue is full; client errors the task throws
     *                      (ApiException) pass through unchanged
     */
    public <T> T call(EngineTask<T> task) throws Exception {
        Budget budget = Budget.of(budgetMillis);
        Future<T> future;
        try {
            future = pool.submit(() -> {
                try (budget) {
                    budget.check(); // waited in the queue past the budget: do not start at all
                    return task.run(budget);
                }
            });
        } catch (RejectedExecutionException e) {
            rejected.incrementAndGet();
            budget.close();
            throw ApiException.unavailable("server busy", "all " + pool.getMaximumPoolSize()
                    + " model workers are busy and " + pool.getQueue().size() + " requests are waiting; retry shortly");
        }
        try {
            return future.get(budgetMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            budget.cancel();
            future.cancel(true);
            timedOut.incrementAndGet();
            throw budgetExceeded();
        } catch (InterruptedException e) {
            budget.cancel();
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw budgetExceeded();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BudgetExceededException) {
                timedOut.incrementAndGet();
                throw budgetExceeded();
            }
            if (cause instanceof StackOverflowError) {
                throw ApiException.unprocessable("code is nested too deeply to analyse", null);
            }
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    private ApiException budgetExceeded() {
        return ApiException.unavailable("time budget exceeded",
                "the request needed more than the " + budgetMillis + " ms budget per request");
    }

    public long budgetMillis() {
        return budgetMillis;
    }

    public int threads() {
        return pool.getMaximumPoolSize();
    }

    public int active() {
        return pool.getActiveCount();
    }

    public int queued() {
        return pool.getQueue().size();
    }

    public long timedOut() {
        return timedOut.get();
    }

    public long rejected() {
        return rejected.get();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
