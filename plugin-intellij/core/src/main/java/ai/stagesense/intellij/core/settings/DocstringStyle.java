package ai.stagesense.intellij.core.settings;

import java.util.Locale;

/** The docstring conventions of the {@code style} field, with the labels the settings page shows. */
public enum DocstringStyle {
    GOOGLE("google", "Google"),
    NUMPY("numpy", "NumPy"),
    REST("rest", "reStructuredText"),
    EPYTEXT("epytext", "Epytext"),
    JAVADOC("javadoc", "Javadoc");

    private final String wireName;
    private final String label;

    DocstringStyle(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    /** Unknown or missing names (an old or hand-edited settings file) fall back to Google style. */
    public static DocstringStyle ofWireName(String name) {
        if (name != null) {
            for (DocstringStyle style : values()) {
                if (style.wireName.equals(name.toLowerCase(Locale.ROOT))) {
                    return style;
                }
            }
        }
        return GOOGLE;
    }

    /** The styles that make sense for Python (Javadoc is only for Java). */
    public static DocstringStyle[] python() {
        return new DocstringStyle[] {GOOGLE, NUMPY, REST, EPYTEXT};
    }

    @Override
    public String toString() {
        return label; // what a combo box renders
    }
}
