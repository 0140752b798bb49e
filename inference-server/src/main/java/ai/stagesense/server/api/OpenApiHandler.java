package ai.stagesense.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /openapi.json}: the hand-written OpenAPI 3.1 document of this API, from the jar's resources. */
public final class OpenApiHandler implements Handler {

    public static final String RESOURCE = "/openapi.json";

    private final String document;

    public OpenApiHandler() {
        this.document = load();
    }

    public static String load() {
        try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(document);
    }
}
