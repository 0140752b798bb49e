package ai.stagesense.server;

import ai.stagesense.server.engines.Engines;
import ai.stagesense.server.http.ApiException;
import ai.stagesense.server.models.LoadedModels;

/**
 * Starting or ready. The HTTP port opens before the models are loaded, so health checks can tell "starting" from
 * "not running"; until {@link #ready} every endpoint but /v1/health answers 503.
 */
public final class ServerState {

    private final long startedNanos = System.nanoTime();
    private volatile LoadedModels models;
    private volatile double secondsToReady = Double.NaN;

    public void ready(LoadedModels loaded) {
        this.models = loaded;
        this.secondsToReady = (System.nanoTime() - startedNanos) / 1e9;
    }

    public boolean isReady() {
        return models != null;
    }

    /** @throws ApiException 503 while the models are loading */
    public LoadedModels models() {
        LoadedModels loaded = models;
        if (loaded == null) {
            throw ApiException.unavailable("server is starting", "models are still loading");
        }
        return loaded;
    }

    public Engines engines() {
        return models().engines();
    }

    /** Seconds from the server object's creation to ready; NaN while starting. */
    public double secondsToReady() {
        return secondsToReady;
    }

    public double uptimeSeconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
