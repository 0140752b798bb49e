package ai.stagesense.server.api;

import ai.stagesense.server.ServerState;
import ai.stagesense.server.engines.completion.CompletionEngine;
import ai.stagesense.server.engines.completion.CompletionQuery;
import ai.stagesense.server.engines.completion.CompletionResult;
import ai.stagesense.server.engines.completion.Suggestion;
import ai.stagesense.server.exec.EngineExecutor;
import ai.stagesense.server.http.ApiException;
import ai.stagesense.server.http.JsonBody;
import ai.stagesense.server.http.RequestFields;
import com.google.gson.annotations.SerializedName;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /v1/complete}: {@code {"prefix", "suffix", "context", "language", "max_suggestions"}} →
 * {@code {"stage", "suggestions": [{"text", "score", "masked"}], "elapsed_ms"}}.
 */
public final class CompleteHandler implements Handler {

    static final int MAX_CONTEXT_CELLS = 2000;
    static final int MAX_SUGGESTIONS = 10;
    static final Set<String> LANGUAGES = Set.of("python", "java");

    private final ServerState state;
    private final EngineExecutor executor;

    public CompleteHandler(ServerState state, EngineExecutor executor) {
        this.state = state;
        this.executor = executor;
    }

    public record Answer(String stage, List<Suggestion> suggestions, @SerializedName("elapsed_ms") long elapsedMs) {
    }

    @Override
    public void handle(Context ctx) throws Exception {
        long started = System.nanoTime();
        RequestFields body = JsonBody.read(ctx);
        String language = body.string("language", "python").strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw ApiException.badRequest("language must be python or java, not '" + language + "'", "language");
        }
        CompletionQuery query = new CompletionQuery(body.string("prefix", ""), body.string("suffix", ""),
                body.stringList("context", List.of(), MAX_CONTEXT_CELLS), language,
                body.integer("max_suggestions", 3, 1, MAX_SUGGESTIONS));
        CompletionEngine engine = state.engines().completion().require();
        CompletionResult result = executor.call(budget -> engine.complete(query, budget));
        ctx.json(new Answer(result.stage(), result.suggestions(), (System.nanoTime() - started) / 1_000_000));
    }
}
