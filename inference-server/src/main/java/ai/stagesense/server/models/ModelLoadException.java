package ai.stagesense.server.models;

/**
 * The models cannot be served as listed: a missing or corrupt file, a malformed manifest, a graph that does not
 * follow docs/models.md. Startup fails with this message, which always names the file at fault.
 */
public class ModelLoadException extends Exception {

    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
