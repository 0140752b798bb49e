package ai.stagesense.server.http;

import ai.stagesense.server.ServerState;
import ai.stagesense.server.api.CompleteHandler;
import ai.stagesense.server.api.DocstringHandler;
import ai.stagesense.server.api.HealthHandler;
import ai.stagesense.server.api.MetricsHandler;
import ai.stagesense.server.api.ModelsHandler;
import ai.stagesense.server.api.OpenApiHandler;
import ai.stagesense.server.api.PackageHandlers;
import ai.stagesense.server.api.StageHandler;
import ai.stagesense.server.exec.EngineExecutor;
import ai.stagesense.server.metrics.RequestMetrics;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The API's routes and the cross-cutting parts around them: bearer auth before every route but the public one,
 * JSON errors, the access log. No CORS plugin: a browser page of another origin gets no
 * {@code Access-Control-Allow-*} header, so it can neither read answers nor send JSON (which needs a preflight).
 */
public final class ApiRoutes {

    public static final String HEALTH = "/v1/health";

    private final List<Route> routes;

    public ApiRoutes(ServerState state, EngineExecutor executor, RequestMetrics metrics) {
        PackageHandlers packages = new PackageHandlers(state, executor);
        this.routes = List.of(
                new Route(HandlerType.GET, HEALTH, new HealthHandler(state), false),
                new Route(HandlerType.POST, "/v1/stage", new StageHandler(state, executor), true),
                new Route(HandlerType.POST, "/v1/complete", new CompleteHandler(state, executor), true),
                new Route(HandlerType.POST, "/v1/docstring", new DocstringHandler(state, executor), true),
                new Route(HandlerType.GET, "/v1/packages/similar", packages.similar(), true),
                new Route(HandlerType.POST, "/v1/packages/search", packages.search(), true),
                new Route(HandlerType.POST, "/v1/packages/recommend", packages.recommend(), true),
                new Route(HandlerType.GET, "/v1/models", new ModelsHandler(state), true),
                new Route(HandlerType.GET, "/metrics", new MetricsHandler(state, metrics, executor), true),
                new Route(HandlerType.GET, "/openapi.json", new OpenApiHandler(), true));
    }

    public List<Route> routes() {
        return routes;
    }

    public void install(JavalinConfig config, String token, RequestMetrics metrics, PrintStream log) {
        Set<String> open = routes.stream().filter(r -> !r.authenticated()).map(Route::path).collect(Collectors.toSet());
        config.routes.before(new BearerAuth(token, open));
        for (Route route : routes) {
            config.routes.addHttpHandler(route.method(), route.path(), route.handler());
        }
        ErrorResponses.install(config, log);
        config.requestLogger.http(new AccessLog(log, metrics,
                routes.stream().map(r -> r.method().name() + " " + r.path()).collect(Collectors.toSet())));
    }
}
