package ai.stagesense.server.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;

/** Javalin 7 has no JSON library of its own: {@code ctx.json(...)} goes through this Gson mapper. */
public final class GsonJsonMapper implements JsonMapper {

    /** Nulls are written (a stage of null means "no stage"), no HTML escaping (code is returned verbatim). */
    public static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    @Override
    public String toJsonString(Object obj, Type type) {
        return GSON.toJson(obj, type);
    }

    @Override
    public <T> T fromJsonString(String json, Type targetType) {
        return GSON.fromJson(json, targetType);
    }
}
