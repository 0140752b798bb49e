package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.Parameter;

/**
 * What a docstring says about one parameter, before any style is applied.
 *
 * @param name         the parameter's name without stars; Java type parameters as {@code <T>}
 * @param kind         VAR_POSITIONAL and VAR_KEYWORD are written with stars where the style wants them
 * @param type         the type to document, or null when unknown (never guessed)
 * @param defaultValue the default as written in the source, or null
 * @param description  a sentence for Python, a lower-case phrase for Javadoc
 */
record ParamDoc(String name, Parameter.Kind kind, String type, String defaultValue, String description) {

    boolean isVarPositional() {
        return kind == Parameter.Kind.VAR_POSITIONAL;
    }

    boolean isVarKeyword() {
        return kind == Parameter.Kind.VAR_KEYWORD;
    }

    /** Only a default makes a parameter optional in the docs; star parameters are optional by nature, unsaid. */
    boolean isOptional() {
        return defaultValue != null;
    }

    ParamDoc withDescription(String text) {
        return new ParamDoc(name, kind, type, defaultValue, text);
    }

    ParamDoc withType(String newType) {
        return new ParamDoc(name, kind, newType, defaultValue, description);
    }
}
