package ai.stagesense.server.http;

import ai.stagesense.server.metrics.RequestMetrics;
import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;

/**
 * One line per request (method, path, status, milliseconds) and the request metrics. Nothing else of a request is
 * ever logged: no body, no query string (package names), no headers (the token).
 */
public final class AccessLog implements RequestLogger {

    private static final int MAX_PATH = 120;

    private final PrintStream out;
    private final RequestMetrics metrics;
    private final Set<String> routeKeys;

    /** @param routeKeys "METHOD path" of every route: anything else is counted as unmatched */
    public AccessLog(PrintStream out, RequestMetrics metrics, Set<String> routeKeys) {
        this.out = out;
        this.metrics = metrics;
        this.routeKeys = Set.copyOf(routeKeys);
    }

    @Override
    public void handle(Context ctx, Float millis) {
        String method = ctx.method().name();
        String path = ctx.path();
        int status = ctx.statusCode();
        double ms = millis == null ? 0 : millis;
        String endpoint = routeKeys.contains(method + " " + path) ? path : RequestMetrics.UNMATCHED;
        metrics.record(endpoint, routeKeys.contains(method + " " + path) ? method : "other", status, ms / 1000.0);
        out.println(String.format(Locale.ROOT, "%s %s %d %.1fms", method, printable(path), status, ms));
    }

    /** Paths are client-chosen: no control characters (forged log lines), bounded length. */
    static String printable(String path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.length() && sb.length() < MAX_PATH; i++) {
            char c = path.charAt(i);
            sb.append(c < 0x20 || c == 0x7f || Character.isISOControl(c) ? '?' : c);
        }
        return path.length() > MAX_PATH ? sb + "…" : sb.toString();
    }
}
