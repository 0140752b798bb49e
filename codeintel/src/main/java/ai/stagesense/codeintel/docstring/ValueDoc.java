package ai.stagesense.codeintel.docstring;

/**
 * A documented return or yield value.
 *
 * @param type          the type to document (for yields: of one yielded value), or null when unknown
 * @param description   a sentence for Python, a lower-case phrase for Javadoc
 * @param generatorType for yields: the function's return annotation ({@code Iterator[int]}), or null
 */
record ValueDoc(String type, String description, String generatorType) {

    ValueDoc(String type, String description) {
        this(type, description, null);
    }

    /** Yielded values described as the iterator a generator returns, for styles without a yields field. */
    ValueDoc asIterator() {
        String d = description.strip();
        boolean lowerable = d.length() > 1 && Character.isUpperCase(d.charAt(0)) && Character.isLowerCase(d.charAt(1));
        return new ValueDoc(generatorType, "Iterator over " + (lowerable ? Character.toLowerCase(d.charAt(0))
                + d.substring(1) : d), null);
    }
}
