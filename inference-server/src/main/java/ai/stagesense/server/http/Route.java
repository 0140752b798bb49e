package ai.stagesense.server.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One endpoint of the API.
 *
 * @param authenticated false only for /v1/health: a client must be able to find the server before it has the token
 */
public record Route(HandlerType method, String path, Handler handler, boolean authenticated) {
}
