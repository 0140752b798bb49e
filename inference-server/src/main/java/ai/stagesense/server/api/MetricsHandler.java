package ai.stagesense.server.api;

import ai.stagesense.server.ServerState;
import ai.stagesense.server.engines.EngineSlot;
import ai.stagesense.server.engines.Engines;
import ai.stagesense.server.exec.EngineExecutor;
import ai.stagesense.server.metrics.PrometheusText;
import ai.stagesense.server.metrics.ProcessMemory;
import ai.stagesense.server.metrics.RequestMetrics;
import ai.stagesense.server.models.LoadedModels;
import ai.stagesense.server.models.ModelStatus;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code GET /metrics} in the Prometheus text format: request counts and latency histograms per endpoint, model
 * load information, engine availability, worker pool state and process memory.
 */
public final class MetricsHandler implements Handler {

    private final ServerState state;
    private final RequestMetrics requests;
    private final EngineExecutor executor;

    public MetricsHandler(ServerState state, RequestMetrics requests, EngineExecutor executor) {
        this.state = state;
        this.requests = requests;
        this.executor = executor;
    }

    @Override
    public void handle(Context ctx) {
        PrometheusText out = new PrometheusText();
        requests.render(out);
        LoadedModels loaded = state.models();
        out.family("stagesense_model_info", "gauge", "Models of the manifest: 1 per entry, labelled with its state.");
        for (ModelStatus s : loaded.statuses()) {
            out.sample("stagesense_model_info", 1, "name", s.entry().name(), "version", s.entry().version(),
                    "kind", s.entry().kind(), "state", s.state());
        }
        out.family("stagesense_model_load_seconds", "gauge", "Time to verify and load each model.");
        for (ModelStatus s : loaded.statuses()) {
            out.sample("stagesense_model_load_seconds", s.loadSeconds(), "name", s.entry().name());
        }
        out.family("stagesense_models_load_seconds_total", "gauge", "Time to verify and load all models.");
        out.sample("stagesense_models_load_seconds_total", loaded.seconds());
        out.family("stagesense_start_seconds", "gauge", "Time from the server's start to ready (port open, models loaded).");
        out.sample("stagesense_start_seconds", state.secondsToReady());
        Engines engines = loaded.engines();
        out.family("stagesense_engine_available", "gauge", "1 when the endpoint family's engine is loaded.");
        engine(out, "stage", engines.stage());
        engine(out, "complete", engines.completion());
        engine(out, "docstring", engines.docstring());
        engine(out, "packages", engines.packages());
        out.family("stagesense_engine_workers", "gauge", "Engine worker threads.");
        out.sample("stagesense_engine_workers", executor.threads());
        out.family("stagesense_engine_busy_workers", "gauge", "Engine workers running a request now.");
        out.sample("stagesense_engine_busy_workers", executor.active());
        out.family("stagesense_engine_queued", "gauge", "Requests waiting for an engine worker.");
        out.sample("stagesense_engine_queued", executor.queued());
        out.family("stagesense_budget_exceeded_total", "counter", "Requests cancelled at the time budget.");
        out.sample("stagesense_budget_exceeded_total", executor.timedOut());
        out.family("stagesense_rejected_busy_total", "counter", "Requests turned away because the queue was full.");
        out.sample("stagesense_rejected_busy_total", executor.rejected());
        ProcessMemory.render(out);
        ctx.contentType(PrometheusText.CONTENT_TYPE).result(out.toString());
    }

    private static void engine(PrometheusText out, String name, EngineSlot<?> slot) {
        out.sample("stagesense_engine_available", slot.available() ? 1 : 0, "engine", name);
    }
}
