package ai.stagesense.packages;

/** Field names of the package index, shared by the builder and the reader. */
final class IndexFields {

    /** Catalog name, exact (StringField, stored). */
    static final String NAME = "name";
    /** The name split at separators, for BM25 ({@code scikit-learn} → scikit, learn). */
    static final String NAME_TEXT = "name_text";
    static final String SUMMARY = "summary";
    static final String DESCRIPTION = "description";
    static final String KEYWORDS = "keywords";
    static final String HOMEPAGE = "homepage";
    static final String MAINTAINER = "maintainer";
    /** PyPI download rank, 0 for none (stored). */
    static final String RANK = "rank";
    /** "1" on packages ranked within the popular limit, a filter for the second KNN candidate pass. */
    static final String POPULAR = "popular";
    /** Each catalog dependency of the package (StringField, stored, multi-valued). */
    static final String DEPENDENCY = "dependency";
    /** Each co-import partner as {@code name<TAB>notebooks<TAB>association} (stored, multi-valued). */
    static final String COIMPORT = "coimport";
    /** Train notebooks importing the package (stored). */
    static final String NOTEBOOKS = "notebooks";
    /** "1" when the package had its own graph vector (it has edges), not one borrowed from its text neighbours. */
    static final String HAS_GRAPH = "has_graph";
    /** The joint vector (KnnFloatVectorField, HNSW, cosine). */
    static final String VECTOR = "vector";

    private IndexFields() {
    }
}
