package ai.stagesense.codeintel.functions;

/**
 * One parameter of a function or method.
 *
 * @param name         the parameter name without stars
 * @param kind         how a caller passes it
 * @param annotation   type annotation / Java type as written, or null
 * @param defaultValue default expression as written, or null
 */
public record Parameter(String name, Kind kind, String annotation, String defaultValue) {

    public enum Kind {
        POSITIONAL_ONLY,
        POSITIONAL_OR_KEYWORD,
        VAR_POSITIONAL,
        KEYWORD_ONLY,
        VAR_KEYWORD
    }

    /** {@code self} and {@code cls} are implied by the call and never documented. */
    public boolean isReceiver() {
        return kind != Kind.VAR_POSITIONAL && kind != Kind.VAR_KEYWORD && (name.equals("self") || name.equals("cls"));
    }
}
