package ai.stagesense.intellij.core.api;

import java.net.URI;

/** Nothing answered at the configured address: the server is not running (or not yet), so it may need starting. */
public final class ServerUnreachableException extends RuntimeException {

    public ServerUnreachableException(URI url, Throwable cause) {
        super("No StageSense server answers at " + url + " (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", cause);
    }
}
