package ai.stagesense.server.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a request body as one strict JSON object: at most {@link #MAX_BYTES} (413 beyond, checked before reading
 * when the length is declared and while reading when it is not), valid UTF-8, strict JSON (no comments, no
 * unquoted strings, nothing after the value), nesting at most {@link #MAX_DEPTH} deep.
 */
public final class JsonBody {

    public static final int MAX_BYTES = 1 << 20;
    static final int MAX_DEPTH = 64;

    private JsonBody() {
    }

    public static RequestFields read(Context ctx) {
        checkContentType(ctx.header("Content-Type"));
        byte[] bytes = bytes(ctx);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("body is not valid UTF-8", null);
        }
        return new RequestFields(parseObject(text));
    }

    static JsonObject parseObject(String text) {
        if (text.isBlank()) {
            throw ApiException.badRequest("body is empty; expected a JSON object", null);
        }
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(MAX_DEPTH);
            root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw ApiException.badRequest("malformed JSON: unexpected data after the JSON value", null);
            }
        } catch (JsonParseException | IOException | IllegalStateException | StackOverflowError e) {
            throw ApiException.badRequest("malformed JSON: " + brief(e), null);
        }
        if (!root.isJsonObject()) {
            throw ApiException.badRequest("body must be a JSON object", null);
        }
        return root.getAsJsonObject();
    }

    private static void checkContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        // Only JSON: a browser cannot send it cross-site without a CORS preflight, which this server never grants.
        if (!type.equals("application/json")) {
            throw ApiException.unsupportedMediaType("Content-Type must be application/json, not " + type);
        }
    }

    private static byte[] bytes(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] chunk = new byte[16384];
            int n;
            while ((n = in.read(chunk)) != -1) {
                if (out.size() + n > MAX_BYTES) {
                    throw tooLarge();
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiException.badRequest("could not read the request body: " + e.getMessage(), null);
        }
    }

    private static ApiException tooLarge() {
        return ApiException.tooLarge("request body over " + MAX_BYTES + " bytes (1 MiB)");
    }

    /** Gson's messages end with a troubleshooting URL; the position is what a client needs. */
    private static String brief(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "nested too deeply";
        }
        Throwable root = e.getCause() != null ? e.getCause() : e;
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int see = message.indexOf("\nSee ");
        return see >= 0 ? message.substring(0, see) : message;
    }
}
