package ai.stagesense.lsp;

import ai.stagesense.server.engines.EngineSlot;
import ai.stagesense.server.engines.Engines;
import ai.stagesense.server.engines.completion.CompletionEngine;
import ai.stagesense.server.engines.completion.CompletionQuery;
import ai.stagesense.server.engines.completion.CompletionResult;
import ai.stagesense.server.engines.docstring.DocstringEngine;
import ai.stagesense.server.exec.Budget;
import ai.stagesense.server.exec.BudgetExceededException;
import java.util.concurrent.CancellationException;

/**
 * The HTTP server's engines as the language server's sources, so both modes answer alike. Each call gets a server
 * {@link Budget} with the request's remaining time that the request's cancellation terminates, which also ends an
 * ONNX Runtime call in flight.
 */
public final class ServerEngines {

    private ServerEngines() {
    }

    public static LspEngines from(Engines engines) {
        DocstringEngine docstrings = orNull(engines.docstring());
        CompletionEngine completion = orNull(engines.completion());
        var packages = orNull(engines.packages());
        return new LspEngines(
                docstrings == null ? null : (request, b) -> call(b, budget -> docstrings.generate(request, budget)),
                completion == null ? null : (prefix, suffix, context, max, b) -> call(b, budget -> {
                    CompletionResult r = completion.complete(
                            new CompletionQuery(prefix, suffix, context, "python", max), budget);
                    return r.suggestions().stream()
                            .map(s -> new NextLineSource.Suggestion(s.text(), r.stage(), s.score())).toList();
                }),
                packages == null ? null : (name, k, b) -> call(b, budget -> EnginePackages.lookup(packages, name, k,
                        budget)));
    }

    /** A server-engine call. */
    interface EngineCall<T> {
        T run(Budget budget) throws Exception;
    }

    static <T> T call(LspBudget request, EngineCall<T> call) throws Exception {
        try (Budget budget = Budget.of(request.remainingMillis())) {
            request.onCancel(budget::cancel);
            return call.run(budget);
        } catch (BudgetExceededException e) {
            throw new CancellationException(request.cancelled() ? "cancelled by the client" : "over the time budget");
        }
    }

    private static <T> T orNull(EngineSlot<T> slot) {
        return slot == null || !slot.available() ? null : slot.engine();
    }
}
