package ai.stagesense.intellij.core.server;

/** No usable server: the message says what was tried and what the user can do about it. */
public final class ServerStartException extends Exception {

    public ServerStartException(String message) {
        super(message);
    }

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
