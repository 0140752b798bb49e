package ai.stagesense.intellij.core.editor;

import java.util.Locale;
import java.util.Optional;

/** The languages the server understands, with the names the HTTP contract uses. */
public enum Language {
    PYTHON("python"),
    JAVA("java");

    private final String wireName;

    Language(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** By extension, because the adapter must decide in {@code isEnabled} without touching PSI. */
    public static Optional<Language> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".py") || name.endsWith(".pyi") || name.endsWith(".ipynb")) {
            return Optional.of(PYTHON);
        }
        if (name.endsWith(".java")) {
            return Optional.of(JAVA);
        }
        return Optional.empty();
    }
}
