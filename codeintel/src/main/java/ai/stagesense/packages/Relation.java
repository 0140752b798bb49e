package ai.stagesense.packages;

import java.util.Locale;

/** Why a package is in an answer; the HTTP API writes {@link #wireName()} into each result's {@code relation}. */
public enum Relation {
    /** Does the same job as the query package, made by a different project. */
    ALTERNATIVE,
    /** Builds on the query package: a plugin or wrapper named after it, or a package that depends on it. */
    EXTENSION,
    /** Imported by the same notebooks as the query package(s). */
    USED_WITH,
    /** Matches a free-text search. */
    MATCH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
