package ai.stagesense.server.engines;

import ai.stagesense.server.http.ApiException;

/**
 * An engine, or why there is none. Endpoints take their engine with {@link #require()}, which turns an absent model
 * into the documented 503 with the reason, so one missing optional model disables exactly its endpoints.
 */
public record EngineSlot<T>(T engine, String reason) {

    public static <T> EngineSlot<T> of(T engine) {
        return new EngineSlot<>(engine, null);
    }

    public static <T> EngineSlot<T> absent(String reason) {
        return new EngineSlot<>(null, reason);
    }

    public boolean available() {
        return engine != null;
    }

    public T require() {
        if (engine == null) {
            throw ApiException.unavailable("endpoint unavailable: its model is not loaded", reason);
        }
        return engine;
    }
}
