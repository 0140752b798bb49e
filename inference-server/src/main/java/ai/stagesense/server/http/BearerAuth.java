package ai.stagesense.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;

/**
 * Checks {@code Authorization: Bearer <token>} before every request except the public paths. Both tokens are hashed
 * and the digests compared in constant time, so neither the content nor the length of the real token leaks
 * through response timing.
 */
public final class BearerAuth implements Handler {

    private final byte[] expected;
    private final Set<String> publicPaths;

    public BearerAuth(String token, Set<String> publicPaths) {
        this.expected = digest(token);
        this.publicPaths = Set.copyOf(publicPaths);
    }

    @Override
    public void handle(Context ctx) {
        if (publicPaths.contains(ctx.path())) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized("missing bearer token: send Authorization: Bearer <token from the token file>");
        }
        if (!MessageDigest.isEqual(expected, digest(header.substring(7).strip()))) {
            throw ApiException.unauthorized("wrong bearer token");
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
