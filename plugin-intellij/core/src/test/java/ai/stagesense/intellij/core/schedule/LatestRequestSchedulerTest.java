package ai.stagesense.intellij.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LatestRequestSchedulerTest {

    private final ManualTimer timer = new ManualTimer();
    private final AtomicLong debounce = new AtomicLong(150);
    private final LatestRequestScheduler scheduler = new LatestRequestScheduler(timer, debounce::get);
    /** Every call the scheduler actually made, with the future standing for its HTTP exchange. */
    private final List<CompletableFuture<String>> calls = new ArrayList<>();

    private Supplier<CompletableFuture<String>> call() {
        return () -> {
            CompletableFuture<String> wire = new CompletableFuture<>();
            calls.add(wire);
            return wire;
        };
    }

    @Test
    void nothingIsSentBeforeTheDebounceElapses() {
        CompletableFuture<String> result = scheduler.submit(call());

        timer.advance(149);
        assertEquals(0, calls.size());

        timer.advance(1);
        assertEquals(1, calls.size());
        calls.get(0).complete("df.head()");
        assertEquals("df.head()", result.join());
    }

    @Test
    void typingWithinTheDebounceSendsOnlyTheLastRequest() {
        CompletableFuture<String> first = scheduler.submit(call());
        timer.advance(100);
        CompletableFuture<String> second = scheduler.submit(call());
        timer.advance(100);
        CompletableFuture<String> third = scheduler.submit(call());

        timer.advance(150);

        assertTrue(first.isCancelled());
        assertTrue(second.isCancelled());
        assertEquals(1, calls.size(), "one request for three keystrokes");
        assertFalse(third.isDone());
        calls.get(0).complete("x");
        assertEquals("x", third.join());
    }

    @Test
    void aNewerRequestCancelsTheOneOnTheWire() {
        CompletableFuture<String> first = scheduler.submit(call());
        timer.advance(150);
        assertEquals(1, calls.size());

        CompletableFuture<String> second = scheduler.submit(call());

        assertTrue(first.isCancelled());
        assertTrue(calls.get(0).isCancelled(), "the HTTP exchange of the superseded request is cancelled too");
        timer.advance(150);
        calls.get(1).complete("y");
        assertEquals("y", second.join());
    }

    @Test
    void theCallerCancellingStopsTheTimerAndTheWire() {
        CompletableFuture<String> waiting = scheduler.submit(call());
        waiting.cancel(true);
        timer.advance(1000);
        assertEquals(0, calls.size(), "a cancelled request is never sent");

        CompletableFuture<String> sent = scheduler.submit(call());
        timer.advance(150);
        sent.cancel(true);
        assertTrue(calls.get(0).isCancelled());
    }

    @Test
    void failuresReachTheCaller() {
        CompletableFuture<String> result = scheduler.submit(call());
        timer.advance(150);

        calls.get(0).completeExceptionally(new IllegalStateException("server said no"));

        ExecutionException e = assertThrows(ExecutionException.class, result::get);
        assertEquals("server said no", e.getCause().getMessage());
    }

    @Test
    void aCallThatThrowsFailsItsFuture() {
        CompletableFuture<String> result = scheduler.submit(() -> {
            throw new IllegalArgumentException("bad request");
        });
        timer.advance(150);

        assertTrue(result.isCompletedExceptionally());
    }

    @Test
    void zeroDebounceSendsAtOnceAndSettingsChangesApplyToTheNextRequest() {
        debounce.set(0);
        scheduler.submit(call());
        assertEquals(1, calls.size());

        debounce.set(300);
        scheduler.submit(call());
        timer.advance(299);
        assertEquals(1, calls.size());
        timer.advance(1);
        assertEquals(2, calls.size());
    }

    @Test
    void cancelAllDropsWaitingAndRunningRequests() {
        CompletableFuture<String> waiting = scheduler.submit(call());

        scheduler.cancelAll();

        assertTrue(waiting.isCancelled());
        assertEquals(0, timer.pendingTasks());
        timer.advance(1000);
        assertEquals(0, calls.size());
    }
}
