package ai.stagesense.server.api;

import ai.stagesense.server.ServerState;
import ai.stagesense.server.engines.packages.PackageEngine;
import ai.stagesense.server.engines.packages.PackageResult;
import ai.stagesense.server.engines.packages.UnknownPackageException;
import ai.stagesense.server.exec.Budget;
import ai.stagesense.server.exec.EngineExecutor;
import ai.stagesense.server.http.ApiException;
import ai.stagesense.server.http.JsonBody;
import ai.stagesense.server.http.QueryParams;
import ai.stagesense.server.http.RequestFields;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;

/**
 * {@code GET /v1/packages/similar?name=&k=} → {@code {"name", "resolved_by", "results"}},
 * {@code POST /v1/packages/search {"query", "k"}} → {@code {"results"}},
 * {@code POST /v1/packages/recommend {"imports", "k"}} → {@code {"resolved", "unknown", "results"}}; each result is
 * {@code {"name", "score", "summary", "relation", "reasons"}}. Requests are validated first, so a malformed one is a
 * 400 even while the engine is absent (503).
 */
public final class PackageHandlers {

    static final int MAX_K = 100;
    static final int DEFAULT_K = 10;
    static final int MAX_IMPORTS = 500;
    static final int MAX_NAME_CHARS = 200;
    static final int MAX_QUERY_CHARS = 2000;

    private final ServerState state;
    private final EngineExecutor executor;

    public PackageHandlers(ServerState state, EngineExecutor executor) {
        this.state = state;
        this.executor = executor;
    }

    public record Answer(List<PackageResult> results) {
    }

    @FunctionalInterface
    private interface Lookup {
        Object run(PackageEngine engine, Budget budget) throws UnknownPackageException;
    }

    public Handler similar() {
        return ctx -> {
            String name = bounded(QueryParams.requiredString(ctx, "name"), "name", MAX_NAME_CHARS);
            int k = QueryParams.integer(ctx, "k", DEFAULT_K, 1, MAX_K);
            answer(ctx, (engine, budget) -> engine.similar(name, k, budget));
        };
    }

    public Handler search() {
        return ctx -> {
            RequestFields body = JsonBody.read(ctx);
            String query = bounded(body.requiredString("query"), "query", MAX_QUERY_CHARS);
            if (query.isBlank()) {
                throw ApiException.badRequest("field 'query' is blank", "query");
            }
            int k = body.integer("k", DEFAULT_K, 1, MAX_K);
            answer(ctx, (engine, budget) -> new Answer(engine.search(query, k, budget)));
        };
    }

    public Handler recommend() {
        return ctx -> {
            RequestFields body = JsonBody.read(ctx);
            if (!body.has("imports")) {
                throw ApiException.badRequest("missing field 'imports' (an array of strings)", "imports");
            }
            List<String> imports = body.stringList("imports", List.of(), MAX_IMPORTS);
            for (String name : imports) {
                bounded(name, "imports", MAX_NAME_CHARS);
            }
            int k = body.integer("k", DEFAULT_K, 1, MAX_K);
            answer(ctx, (engine, budget) -> engine.recommend(imports, k, budget));
        };
    }

    private void answer(Context ctx, Lookup lookup) throws Exception {
        PackageEngine engine = state.engines().packages().require();
        Object answer = executor.call(budget -> {
            try {
                return lookup.run(engine, budget);
            } catch (UnknownPackageException e) {
                throw ApiException.notFound(e.getMessage());
            }
        });
        ctx.json(answer);
    }

    private static String bounded(String value, String field, int max) {
        if (value.length() > max) {
            throw ApiException.badRequest("field '" + field + "' is longer than " + max + " characters", field);
        }
        return value;
    }
}
