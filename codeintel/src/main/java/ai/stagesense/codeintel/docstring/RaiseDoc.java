package ai.stagesense.codeintel.docstring;

/**
 * A documented exception.
 *
 * @param type        the exception's name as written in the code
 * @param description when it is raised: a sentence for Python, a lower-case phrase for Javadoc
 */
record RaiseDoc(String type, String description) {

    /** Documented and raised names match by their last component: {@code errors.LoadError} is {@code LoadError}. */
    String simpleName() {
        String raw = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
        return raw.substring(raw.lastIndexOf('.') + 1).strip();
    }
}
