package ai.stagesense.server.engines.packages;

/** A package the catalog does not know, even after aliases and typo correction: HTTP 404 with this message. */
public final class UnknownPackageException extends Exception {

    public UnknownPackageException(String message) {
        super(message);
    }
}
