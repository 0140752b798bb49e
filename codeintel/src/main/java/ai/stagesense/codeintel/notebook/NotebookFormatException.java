package ai.stagesense.codeintel.notebook;

/** A file that cannot be read as a notebook; {@link #reason()} lets corpus tools count why files were skipped. */
public final class NotebookFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_JSON("not valid JSON"),
        NOT_UTF8("not UTF-8"),
        NO_CELLS("no cells"),
        BINARY("binary file"),
        NOT_GZIP("not valid gzip"),
        UNSUPPORTED_TYPE("unsupported file type");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Reason reason;

    public NotebookFormatException(Reason reason, String source, String detail) {
        this(reason, source, detail, null);
    }

    public NotebookFormatException(Reason reason, String source, String detail, Throwable cause) {
        super(source + ": " + reason.description() + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
