package ai.stagesense.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer other than success, with its JSON body: {@code {"error": ..., "field": ...}} for a bad request,
 * {@code {"error": ..., "reason": ...}} for an unavailable endpoint. Thrown anywhere in a request, rendered by
 * {@link ErrorResponses}.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String field;
    private final String reason;

    private ApiException(int status, String error, String field, String reason) {
        super(error, null, false, false);
        this.status = status;
        this.field = field;
        this.reason = reason;
    }

    /** 400: the request is malformed; {@code field} names the offending field (null when it is the whole body). */
    public static ApiException badRequest(String error, String field) {
        return new ApiException(400, error, field, null);
    }

    public static ApiException unauthorized(String error) {
        return new ApiException(401, error, null, null);
    }

    public static ApiException notFound(String error) {
        return new ApiException(404, error, null, null);
    }

    public static ApiException tooLarge(String error) {
        return new ApiException(413, error, null, null);
    }

    public static ApiException unsupportedMediaType(String error) {
        return new ApiException(415, error, null, null);
    }

    /** 422: well-formed, but there is nothing to do with it (no function to document). */
    public static ApiException unprocessable(String error, String field) {
        return new ApiException(422, error, field, null);
    }

    /** 503: the server cannot answer this endpoint now (model absent, starting, busy, out of time). */
    public static ApiException unavailable(String error, String reason) {
        return new ApiException(503, error, null, reason);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", getMessage());
        if (field != null) {
            body.put("field", field);
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }
}
