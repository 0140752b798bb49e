package ai.stagesense.codeintel.docstring;

/**
 * The parts of a docstring after its description: a section (google, numpy) or a run of fields (reST, epytext,
 * Javadoc block tags). The order is the conventional one, used to place a part that has to be added.
 */
enum GroupKind {
    PARAMS(0),
    /** Keyword sections and fields ("Keyword Args", ":key x:"): they document keys of **kwargs, not parameters. */
    KEYWORDS(1),
    RETURNS(2),
    YIELDS(2),
    RAISES(3),
    /** Anything else (Examples, Notes, @see): kept as it is. */
    OTHER(-1);

    private final int order;

    GroupKind(int order) {
        this.order = order;
    }

    int order() {
        return order;
    }

    boolean known() {
        return this != OTHER;
    }
}
