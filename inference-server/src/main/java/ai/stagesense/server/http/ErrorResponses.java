package ai.stagesense.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every failure becomes a JSON answer: {@link ApiException}s with their status and body, unknown routes 404,
 * wrong methods 405, Javalin's own HTTP errors with their status, and anything unexpected 500 (logged by class and
 * stack frames only: exception messages may quote the request's code).
 */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static void install(JavalinConfig config, PrintStream log) {
        config.routes.exception(ApiException.class, (e, ctx) -> {
            if (e.status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"stagesense\"");
            }
            ctx.status(e.status()).json(e.body());
        });
        config.routes.exception(NotFoundResponse.class, (e, ctx) ->
                ctx.status(404).json(error("no route " + ctx.method().name() + " " + AccessLog.printable(ctx.path())
                        + " (see /openapi.json)")));
        config.routes.exception(MethodNotAllowedResponse.class, (e, ctx) ->
                ctx.status(405).json(error("method " + ctx.method().name() + " is not allowed on "
                        + AccessLog.printable(ctx.path()))));
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                ctx.status(e.getStatus()).json(error(e.getMessage())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            logUnexpected(log, e);
            ctx.status(500).json(error("internal error (" + e.getClass().getSimpleName() + "); see the server log"));
        });
        config.router.javaLangErrorHandler((res, error) -> {
            logUnexpected(log, error);
            res.setStatus(500);
            res.setContentType("application/json");
            try {
                res.getOutputStream().write(("{\"error\":\"internal error (" + error.getClass().getSimpleName()
                        + ")\"}").getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the client is gone; the status is all it could have had
            }
        });
    }

    static Map<String, Object> error(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        return body;
    }

    private static void logUnexpected(PrintStream log, Throwable e) {
        StringBuilder sb = new StringBuilder("unexpected ").append(e.getClass().getName());
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t != e) {
                sb.append("\n  caused by ").append(t.getClass().getName());
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                sb.append("\n    at ").append(frames[i]);
            }
        }
        log.println(sb);
    }
}
