package ai.stagesense.packages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Candidate generation: BM25 and HNSW nearest neighbours, each over-fetched, plus a second nearest-neighbour pass
 * among popular packages only (the unfiltered one is easily filled by obscure packages with near-identical
 * one-line summaries); then BM25 scores for the vector-only candidates, so every candidate can be reranked on
 * every signal.
 */
final class CandidateRetriever {

    /** BM25 field weights: a name hit says most, a summary hit a lot, a long description least. */
    static final Map<String, Float> FIELD_WEIGHTS = Map.of(IndexFields.NAME_TEXT, 3f, IndexFields.SUMMARY, 2f,
            IndexFields.KEYWORDS, 1f, IndexFields.DESCRIPTION, 0.5f);
    /** Query terms taken from a package's name and summary for its "more like this" query. */
    private static final int MAX_TERMS = 24;

    private final PackageIndex index;
    private final PackageAnalyzer analyzer;

    CandidateRetriever(PackageIndex index, PackageAnalyzer analyzer) {
        this.index = index;
        this.analyzer = analyzer;
    }

    /** The terms a package is described by, for BM25 and for "matching terms" reasons. */
    List<String> describingTerms(PackageRecord record) {
        List<String> terms = record.terms();
        return terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms;
    }

    /** A BM25 query made of a package's own describing terms, over the weighted fields. */
    Query moreLikeThis(PackageRecord record) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : describingTerms(record)) {
            FIELD_WEIGHTS.forEach((field, weight) -> query.add(
                    new BoostQuery(new TermQuery(new Term(field, term)), weight), BooleanClause.Occur.SHOULD));
        }
        return query.build();
    }

    /**
     * Free text as typed: SimpleQueryParser never fails on user input (quotes, {@code c++}, stray operators), and
     * its default SHOULD operator ranks documents by how many words they match.
     */
    Query freeText(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELD_WEIGHTS);
        parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
        return parser.parse(text);
    }

    CandidatePool retrieve(Query bm25, float[] vector, int perSource) throws IOException {
        CandidatePool pool = new CandidatePool();
        for (ScoreDoc hit : index.searcher().search(bm25, perSource).scoreDocs) {
            pool.add(hit.doc);
            pool.bm25(hit.doc, hit.score);
        }
        if (vector != null) {
            nearest(new KnnFloatVectorQuery(IndexFields.VECTOR, vector, perSource), perSource, pool);
            nearest(new KnnFloatVectorQuery(IndexFields.VECTOR, vector, perSource,
                    new TermQuery(new Term(IndexFields.POPULAR, "1"))), perSource, pool);
        }
        scoreRemaining(bm25, pool);
        return pool;
    }

    /** Adds one document to the pool whatever the retrievers found (an exact name match in a search). */
    void include(CandidatePool pool, int doc, Query bm25) throws IOException {
        pool.add(doc);
        scoreRemaining(bm25, pool);
    }

    private void nearest(Query knn, int n, CandidatePool pool) throws IOException {
        for (ScoreDoc hit : index.searcher().search(knn, n).scoreDocs) {
            pool.add(hit.doc);
        }
    }

    /** BM25 scores for candidates the BM25 pass did not return, by the same query restricted to them. */
    private void scoreRemaining(Query bm25, CandidatePool pool) throws IOException {
        List<BytesRef> names = new ArrayList<>();
        for (int doc : pool.docs()) {
            if (!pool.hasBm25(doc)) {
                names.add(new BytesRef(index.byDoc(doc).name()));
            }
        }
        if (names.isEmpty()) {
            return;
        }
        Query restricted = new BooleanQuery.Builder()
                .add(bm25, BooleanClause.Occur.SHOULD)
                .add(new TermInSetQuery(IndexFields.NAME, names), BooleanClause.Occur.FILTER)
                .build();
        for (ScoreDoc hit : index.searcher().search(restricted, names.size()).scoreDocs) {
            pool.bm25(hit.doc, hit.score);
        }
        for (int doc : pool.docs()) {
            if (!pool.hasBm25(doc)) {
                pool.bm25(doc, 0f);
            }
        }
    }
}
