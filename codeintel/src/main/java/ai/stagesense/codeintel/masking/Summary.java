package ai.stagesense.codeintel.masking;

/** The masked text of an expression, and whether it is only a literal placeholder such as {@code <num>}. */
record Summary(String text, boolean literal) {

    static Summary literal(String placeholder) {
        return new Summary(placeholder, true);
    }

    static Summary of(String text) {
        return new Summary(text, false);
    }

    boolean startsWithVariable() {
        return text.matches("var\\d+.*");
    }
}
