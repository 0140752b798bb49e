package ai.stagesense.server;

import ai.stagesense.server.exec.EngineExecutor;
import ai.stagesense.server.http.ApiRoutes;
import ai.stagesense.server.http.GsonJsonMapper;
import ai.stagesense.server.http.JsonBody;
import ai.stagesense.server.metrics.RequestMetrics;
import ai.stagesense.server.models.BundledModels;
import ai.stagesense.server.models.LoadedModels;
import ai.stagesense.server.models.ModelLoader;
import ai.stagesense.server.models.OnnxSessions;
import io.javalin.Javalin;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The running server. Startup: token, HTTP port (health says "starting"), models verified and loaded, ready. A
 * failure at any step stops what was started and throws with a message naming the cause (the file, for models).
 */
public final class StageSenseServer implements AutoCloseable {

    private final Javalin app;
    private final EngineExecutor executor;
    private final LoadedModels models;
    private final URI url;

    private StageSenseServer(Javalin app, EngineExecutor executor, LoadedModels models, URI url) {
        this.app = app;
        this.executor = executor;
        this.models = models;
        this.url = url;
    }

    /** @param log receives the access log and unexpected-error reports (never request bodies or code) */
    public static StageSenseServer start(ServerOptions options, PrintStream log) throws Exception {
        // Jetty and Javalin log through SLF4J; their INFO chatter is noise for a local tool
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        String token = TokenFile.loadOrCreate(options.tokenFile());
        ServerState state = new ServerState();
        RequestMetrics metrics = new RequestMetrics();
        EngineExecutor executor = new EngineExecutor(options.threads(), options.queueCapacity(), options.budgetMillis());
        ApiRoutes routes = new ApiRoutes(state, executor, metrics);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = JsonBody.MAX_BYTES;
            config.http.prefer405over404 = true;
            config.jsonMapper(new GsonJsonMapper());
            routes.install(config, token, metrics, log);
        });
        LoadedModels models;
        try {
            app.start(options.host(), options.port());
            Path dir = options.models() != null ? options.models() : BundledModels.extract();
            models = ModelLoader.load(dir, new OnnxSessions());
        } catch (Exception | Error e) {
            app.stop();
            executor.close();
            throw e;
        }
        state.ready(models);
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return new StageSenseServer(app, executor, models, URI.create("http://" + host + ":" + app.port()));
    }

    public URI url() {
        return url;
    }

    public int port() {
        return app.port();
    }

    public LoadedModels models() {
        return models;
    }

    /** "METHOD path" of every HTTP route Javalin's router holds (before/after filters excluded). */
    public List<String> routerRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(e -> e.method.name() + " " + e.path)
                .toList();
    }

    @Override
    public void close() {
        app.stop();
        executor.close();
        models.close();
    }
}
