package ai.stagesense.lsp;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Runs a request off lsp4j's reader thread with an {@link LspBudget}. lsp4j answers {@code $/cancelRequest} by
 * cancelling the future a service returned; that cancels the budget here, which stops the source at its next
 * check (and, through the adapters, an engine call in flight). Any failure becomes the request's empty answer and a
 * line on stderr: an editor should see "no suggestions", never an error popup, and the server must keep running.
 */
final class Requests {

    /** The work of one request. */
    interface Work<T> {
        T run(LspBudget budget) throws Exception;
    }

    private final ExecutorService workers;
    private final Supplier<LspSettings> settings;

    Requests(ExecutorService workers, Supplier<LspSettings> settings) {
        this.workers = workers;
        this.settings = settings;
    }

    <T> CompletableFuture<T> submit(String method, T empty, Work<T> work) {
        LspBudget budget = new LspBudget(settings.get().timeoutMillis());
        CompletableFuture<T> result = new CompletableFuture<>();
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                budget.cancel();
            }
        });
        workers.execute(() -> {
            if (result.isDone()) {
                return;
            }
            try {
                result.complete(work.run(budget));
            } catch (CancellationException e) {
                if (!budget.cancelled()) {
                    Log.info(method + ": " + e.getMessage());
                }
                result.complete(empty);
            } catch (Exception | LinkageError | StackOverflowError e) {
                Log.error(method + " failed", e);
                result.complete(empty);
            }
        });
        return result;
    }
}
