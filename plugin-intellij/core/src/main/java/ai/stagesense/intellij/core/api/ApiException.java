package ai.stagesense.intellij.core.api;

/** The server answered, but not with success: carries the HTTP status and the server's message for the user. */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super("StageSense server answered " + status + ": " + message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** 401: the token is missing or wrong, which the user fixes in settings rather than by retrying. */
    public boolean isUnauthorized() {
        return status == 401;
    }
}
