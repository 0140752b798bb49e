package ai.stagesense.packages;

/**
 * A package name that neither the catalog, the import-name table nor typo correction could resolve. Its own type so
 * that the HTTP server answers 404 (not 400 or 500) and the LSP hover stays silent.
 */
public final class UnknownPackageException extends RuntimeException {

    private final String name;

    public UnknownPackageException(String name, String message) {
        super(message);
        this.name = name;
    }

    /** The name as the client sent it. */
    public String name() {
        return name;
    }
}
