package ai.stagesense.codeintel.functions;

/** The docstring conventions StageSense reads and writes. */
public enum DocstringStyle {
    GOOGLE, NUMPY, REST, EPYTEXT, JAVADOC, PLAIN;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses "google", "numpy", "rest"/"sphinx"/"restructuredtext", "epytext", "javadoc", "plain"; null if unknown. */
    public static DocstringStyle fromId(String id) {
        if (id == null) {
            return null;
        }
        return switch (id.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "google" -> GOOGLE;
            case "numpy", "numpydoc" -> NUMPY;
            case "rest", "sphinx", "restructuredtext", "rst" -> REST;
            case "epytext", "epy" -> EPYTEXT;
            case "javadoc" -> JAVADOC;
            case "plain" -> PLAIN;
            default -> null;
        };
    }
}
