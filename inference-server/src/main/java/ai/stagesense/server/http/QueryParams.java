package ai.stagesense.server.http;

import com.google.gson.JsonPrimitive;
import io.javalin.http.Context;

/** Typed query parameters, with the same 400-naming-the-field rule as JSON bodies. */
public final class QueryParams {

    private QueryParams() {
    }

    public static String requiredString(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing query parameter '" + name + "'", name);
        }
        return value;
    }

    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!value.strip().matches("[-+]?[0-9]{1,12}")) {
            throw ApiException.badRequest("query parameter '" + name + "' must be an integer", name);
        }
        return RequestFields.checkedInteger(name, new JsonPrimitive(Long.parseLong(value.strip())), min, max);
    }
}
