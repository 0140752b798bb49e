package ai.stagesense.intellij.core.api;

import java.net.URI;
import java.util.Objects;

/**
 * Where a server listens and the bearer token it expects.
 *
 * @param baseUrl e.g. {@code http://127.0.0.1:7878} (a trailing slash is dropped)
 * @param token   the bearer token, or null when none is known (every endpoint but health then answers 401)
 */
public record ServerEndpoint(URI baseUrl, String token) {

    public ServerEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String s = baseUrl.toString();
        if (s.endsWith("/")) {
            baseUrl = URI.create(s.substring(0, s.length() - 1));
        }
    }

    /** {@code path} starts with a slash, e.g. {@code /v1/complete}. */
    public URI resolve(String path) {
        return URI.create(baseUrl + path);
    }

    /** Never prints the token, so endpoints can be logged and shown in error messages. */
    @Override
    public String toString() {
        return "ServerEndpoint[" + baseUrl + (token == null ? ", no token]" : ", token set]");
    }
}
