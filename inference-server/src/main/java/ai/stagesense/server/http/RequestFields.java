package ai.stagesense.server.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed access to the fields of a request object. Every mismatch is a 400 naming the field, so a client learns
 * exactly which part of its request is wrong. Unknown fields are ignored, so a newer front-end can talk to an
 * older server.
 */
public final class RequestFields {

    private final JsonObject object;

    RequestFields(JsonObject object) {
        this.object = object;
    }

    public static RequestFields of(JsonObject object) {
        return new RequestFields(object);
    }

    public boolean has(String field) {
        return object.has(field) && !object.get(field).isJsonNull();
    }

    public String requiredString(String field) {
        if (!has(field)) {
            throw ApiException.badRequest("missing field '" + field + "' (a string)", field);
        }
        return string(field, null);
    }

    public String string(String field, String fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonElement value = object.get(field);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw ApiException.badRequest("field '" + field + "' must be a string, not " + typeOf(value), field);
        }
        return value.getAsString();
    }

    public List<String> stringList(String field, List<String> fallback, int maxItems) {
        if (!has(field)) {
            return fallback;
        }
        JsonElement value = object.get(field);
        if (!value.isJsonArray()) {
            throw ApiException.badRequest("field '" + field + "' must be an array of strings, not " + typeOf(value),
                    field);
        }
        JsonArray array = value.getAsJsonArray();
        if (array.size() > maxItems) {
            throw ApiException.badRequest("field '" + field + "' has " + array.size() + " items; at most " + maxItems
                    + " are accepted", field);
        }
        List<String> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonElement item = array.get(i);
            if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                throw ApiException.badRequest("field '" + field + "' must be an array of strings; item " + i + " is "
                        + typeOf(item), field);
            }
            out.add(item.getAsString());
        }
        return out;
    }

    /** An integer in [min, max]; fractions, strings and out-of-range numbers are a 400. */
    public Integer integer(String field, Integer fallback, int min, int max) {
        if (!has(field)) {
            return fallback;
        }
        JsonElement value = object.get(field);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw ApiException.badRequest("field '" + field + "' must be an integer, not " + typeOf(value), field);
        }
        return checkedInteger(field, value.getAsJsonPrimitive(), min, max);
    }

    static int checkedInteger(String field, JsonPrimitive number, int min, int max) {
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(number.getAsString());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("field '" + field + "' must be an integer", field);
        }
        if (decimal.stripTrailingZeros().scale() > 0) {
            throw ApiException.badRequest("field '" + field + "' must be an integer, not " + number.getAsString(),
                    field);
        }
        if (decimal.compareTo(BigDecimal.valueOf(min)) < 0 || decimal.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw ApiException.badRequest("field '" + field + "' must be between " + min + " and " + max, field);
        }
        return decimal.intValueExact();
    }

    static String typeOf(JsonElement value) {
        if (value.isJsonNull()) {
            return "null";
        }
        if (value.isJsonArray()) {
            return "an array";
        }
        if (value.isJsonObject()) {
            return "an object";
        }
        JsonPrimitive p = value.getAsJsonPrimitive();
        return p.isBoolean() ? "a boolean" : p.isNumber() ? "a number" : "a string";
    }
}
