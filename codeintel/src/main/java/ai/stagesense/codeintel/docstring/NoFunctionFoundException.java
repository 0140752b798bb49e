package ai.stagesense.codeintel.docstring;

/**
 * The code holds no function or method to document, not even one recoverable from an unfinished {@code def}. A
 * client error, not a server fault: the HTTP API answers it with 422 Unprocessable Entity (and
 * {@link IllegalArgumentException}s of a request, such as an unknown language, with 400).
 */
public class NoFunctionFoundException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param cursorLine the request's cursor line, or null when the first function was asked for */
    public NoFunctionFoundException(String language, Integer cursorLine) {
        super(cursorLine == null ? "no " + language + " function or method found in the code"
                : "no " + language + " function or method at or after line " + cursorLine);
    }
}
