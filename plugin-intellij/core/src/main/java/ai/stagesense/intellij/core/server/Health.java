package ai.stagesense.intellij.core.server;

/** What {@code GET /v1/health} says about a base URL. */
public enum Health {
    /** 200: models loaded, requests will be served. */
    READY,
    /** Something answered, but not 200 (still loading models, or not a StageSense server). */
    NOT_READY,
    /** Nothing answered. */
    UNREACHABLE
}
