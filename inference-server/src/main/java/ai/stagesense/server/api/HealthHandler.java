package ai.stagesense.server.api;

import ai.stagesense.server.ServerState;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /v1/health}: 200 once the models are loaded and every endpoint can answer, 503 before. No token. */
public final class HealthHandler implements Handler {

    private final ServerState state;

    public HealthHandler(ServerState state) {
        this.state = state;
    }

    @Override
    public void handle(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (state.isReady()) {
            body.put("status", "ready");
            ctx.status(200);
        } else {
            body.put("status", "starting");
            ctx.status(503);
        }
        ctx.json(body);
    }
}
