package ai.stagesense.lsp;

import ai.stagesense.codeintel.functions.DocstringStyle;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The server's settings, from {@code initializationOptions} and {@code workspace/didChangeConfiguration}. Clients
 * send them either flat ({@code {"docstringStyle": "numpy"}}) or under a {@code "stagesense"} section (VS Code and
 * Neovim wrap settings that way), so both shapes are read; a missing or malformed value keeps the previous one, so
 * a typo in an editor's configuration never stops the server.
 *
 * @param docstringStyle  the preferred Python style (listed first and marked preferred); null follows the file
 * @param maxSuggestions  next-line suggestions per request
 * @param completion      completion and inline completion on/off
 * @param docstrings      docstring code actions on/off
 * @param packages        package hover and the similar-packages command on/off
 * @param timeoutMillis   engine time per request; a request past it answers with what it has (nothing)
 */
public record LspSettings(DocstringStyle docstringStyle, int maxSuggestions, boolean completion, boolean docstrings,
                          boolean packages, long timeoutMillis) {

    public static final LspSettings DEFAULTS = new LspSettings(DocstringStyle.GOOGLE, 3, true, true, true, 2000);

    /** @param json a Gson element as lsp4j hands over untyped fields; anything else leaves the settings as they are */
    public LspSettings merge(Object json) {
        if (!(json instanceof JsonObject object)) {
            return this;
        }
        JsonObject o = object.has("stagesense") && object.get("stagesense").isJsonObject()
                ? object.getAsJsonObject("stagesense") : object;
        DocstringStyle style = docstringStyle;
        String styleId = string(o.get("docstringStyle"));
        if (styleId != null) {
            DocstringStyle parsed = DocstringStyle.fromId(styleId);
            if (parsed != null && parsed != DocstringStyle.JAVADOC && parsed != DocstringStyle.PLAIN) {
                style = parsed;
            }
        }
        int max = Math.max(1, Math.min(10, (int) number(o.get("maxSuggestions"), maxSuggestions)));
        long timeout = Math.max(50, Math.min(60_000, number(o.get("timeoutMs"), timeoutMillis)));
        return new LspSettings(style, max, bool(o.get("completion"), completion), bool(o.get("docstrings"), docstrings),
                bool(o.get("packages"), packages), timeout);
    }

    private static String string(JsonElement e) {
        return e instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
    }

    private static long number(JsonElement e, long fallback) {
        return e instanceof JsonPrimitive p && p.isNumber() ? p.getAsLong() : fallback;
    }

    private static boolean bool(JsonElement e, boolean fallback) {
        return e instanceof JsonPrimitive p && p.isBoolean() ? p.getAsBoolean() : fallback;
    }
}
