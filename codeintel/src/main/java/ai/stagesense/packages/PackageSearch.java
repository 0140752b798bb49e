package ai.stagesense.packages;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * The similar-packages engine behind {@code /v1/packages/similar}, {@code /search} and {@code /recommend}
 * (docs/packages.md). Candidates come over-fetched ({@value #OVERFETCH}× k) from BM25 and HNSW, and one score
 * reranks them: BM25 + text and graph similarity + popularity ({@link RankWeights}). Thread-safe.
 */
public final class PackageSearch implements Closeable {

    /** Candidates fetched per retriever, as a multiple of k: the reranker needs room to reorder. */
    public static final int OVERFETCH = 5;
    /** The largest k served; more is no longer a recommendation but a catalog dump. */
    public static final int MAX_K = 100;
    /** Added to the package whose name a search query is: "sklearn" must find scikit-learn first. */
    static final double NAME_MATCH_BONUS = 1.0;

    private final PackageIndex index;
    private final RankWeights weights;
    private final boolean ownsIndex;
    private final PackageAnalyzer analyzer = new PackageAnalyzer();
    private final CandidateRetriever retriever;
    private final Reasons reasons;

    private PackageSearch(PackageIndex index, RankWeights weights, boolean ownsIndex) {
        this.index = index;
        this.weights = weights;
        this.ownsIndex = ownsIndex;
        this.retriever = new CandidateRetriever(index, analyzer);
        this.reasons = new Reasons(index);
    }

    /** Opens an index built by {@link PackageIndexBuilder}, ranking with the weights it was built with. */
    public static PackageSearch open(Path directory) throws IOException {
        PackageIndex index = PackageIndex.open(directory);
        return new PackageSearch(index, index.meta().weights(), true);
    }

    /** The same index ranked with other weights (weight tuning, evaluation); closing it leaves the index open. */
    public PackageSearch withWeights(RankWeights other) {
        return new PackageSearch(index, other, false);
    }

    public PackageIndex index() {
        return index;
    }

    public RankWeights weights() {
        return weights;
    }

    /** @throws UnknownPackageException when the name resolves to nothing */
    public NameResolver.Resolution resolve(String name) {
        return index.resolver().resolve(name);
    }

    /**
     * Alternatives, extensions and often-used-with packages of one package, each list at most k long.
     *
     * @throws UnknownPackageException  for a name that resolves to nothing (HTTP 404)
     * @throws IllegalArgumentException for k outside 1..{@value #MAX_K} (HTTP 400)
     */
    public SimilarPackages similar(String name, int k) {
        int limit = checkK(k);
        NameResolver.Resolution resolution = resolve(name);
        PackageRecord query = index.get(resolution.name());
        try {
            CandidatePool pool = retriever.retrieve(retriever.moreLikeThis(query), query.vector(), limit * OVERFETCH);
            List<String> queryTerms = retriever.describingTerms(query);
            VectorLayout layout = index.meta().layout();
            List<Scored> alternatives = new ArrayList<>();
            Map<String, PackageRecord> extensions = new LinkedHashMap<>();
            for (int doc : pool.docs()) {
                PackageRecord c = index.byDoc(doc);
                if (c.docId() == query.docId()) {
                    continue;
                }
                if (isExtension(query, c)) {
                    extensions.put(c.name(), c);
                } else if (!isFoundationOf(c, query)) {
                    double text = cosine(layout, query, c, true);
                    double graph = cosine(layout, query, c, false);
                    List<String> evidence = reasons.evidence(queryTerms, query, c, text, graph);
                    // a candidate that is merely popular is no alternative, however high popularity lifts it
                    if (!evidence.isEmpty()) {
                        alternatives.add(new Scored(c, weights.score(pool.bm25Normalised(doc), text, graph,
                                index.popularity(c)), text, evidence));
                    }
                }
            }
            List<PackageHit> alternativeHits = new ArrayList<>();
            for (Scored s : top(alternatives, limit)) {
                alternativeHits.add(hit(s, Relation.ALTERNATIVE, reasons.similarity(s.evidence(), query,
                        s.record(), s.text())));
            }
            List<PackageHit> extensionHits = extensions(query, extensions, limit);
            Set<String> listed = new HashSet<>();
            alternativeHits.forEach(h -> listed.add(h.name()));
            extensionHits.forEach(h -> listed.add(h.name()));
            return new SimilarPackages(name, query.name(), resolution.method(), alternativeHits, extensionHits,
                    usedWith(query, listed, limit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Packages matching free text ("fast dataframe library"); a query that is a package name finds that package
     * first.
     *
     * @throws IllegalArgumentException for blank text or k outside 1..{@value #MAX_K}
     */
    public List<PackageHit> search(String text, int k) {
        int limit = checkK(k);
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            throw new IllegalArgumentException("query is empty");
        }
        try {
            Query bm25 = retriever.freeText(query);
            float[] vector = index.encoder().encode(query);
            CandidatePool pool = retriever.retrieve(bm25, vector, limit * OVERFETCH);
            PackageRecord named = namedPackage(query);
            if (named != null) {
                retriever.include(pool, named.docId(), bm25);
            }
            List<String> queryTerms = analyzer.terms(query);
            VectorLayout layout = index.meta().layout();
            List<Scored> scored = new ArrayList<>();
            for (int doc : pool.docs()) {
                PackageRecord c = index.byDoc(doc);
                double textCosine = vector == null || c.vector() == null ? 0 : layout.textCosine(vector, c.vector());
                double score = weights.score(pool.bm25Normalised(doc), textCosine, 0, index.popularity(c))
                        + (c == named ? NAME_MATCH_BONUS : 0);
                scored.add(new Scored(c, score, textCosine, List.of()));
            }
            List<PackageHit> out = new ArrayList<>();
            for (Scored s : top(scored, limit)) {
                List<String> why = new ArrayList<>();
                if (s.record() == named) {
                    why.add("name matches");
                }
                why.addAll(reasons.similarity(reasons.evidence(queryTerms, null, s.record(), s.text(), 0), null,
                        s.record(), s.text()));
                out.add(hit(s, Relation.MATCH, why));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Packages often imported together with a notebook's imports, scored by the sum of their co-import
     * associations with each import. Standard-library imports are skipped; when no import is a catalog package but
     * some are not the standard library either, the answer is {@link UnknownPackageException} (HTTP 404).
     */
    public Recommendations recommend(List<String> imports, int k) {
        int limit = checkK(k);
        if (imports == null) {
            throw new IllegalArgumentException("imports is missing");
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        List<String> unresolved = new ArrayList<>();
        for (String module : imports) {
            if (module == null || module.isBlank()) {
                continue;
            }
            index.resolver().resolveImport(module).ifPresentOrElse(name -> resolved.put(module, name), () -> {
                if (!ImportNames.standard().isStdlib(module)) {
                    unresolved.add(module);
                }
            });
        }
        if (resolved.isEmpty() && !unresolved.isEmpty()) {
            throw new UnknownPackageException(String.join(", ", unresolved),
                    "none of the imports is a known package: " + String.join(", ", unresolved));
        }
        Set<String> have = new HashSet<>(resolved.values());
        Map<String, Double> scores = new HashMap<>();
        Map<String, List<CoImports.Partner>> evidence = new HashMap<>();
        for (String name : have) {
            for (CoImports.Partner p : index.get(name).partners()) {
                if (!have.contains(p.name()) && index.get(p.name()) != null) {
                    scores.merge(p.name(), p.association(), Double::sum);
                    // the evidence names the import, with how often the two meet
                    evidence.computeIfAbsent(p.name(), x -> new ArrayList<>())
                            .add(new CoImports.Partner(name, p.notebooks(), p.association()));
                }
            }
        }
        List<Scored> scored = new ArrayList<>();
        scores.forEach((name, score) -> scored.add(new Scored(index.get(name), score, 0, List.of())));
        List<PackageHit> out = new ArrayList<>();
        for (Scored s : top(scored, limit)) {
            List<CoImports.Partner> because = evidence.get(s.record().name());
            because.sort(Comparator.comparingInt(CoImports.Partner::notebooks).reversed()
                    .thenComparing(CoImports.Partner::name));
            List<String> why = new ArrayList<>();
            for (CoImports.Partner p : because.subList(0, Math.min(3, because.size()))) {
                why.add(Reasons.usedWith(p.name(), p.notebooks()));
            }
            out.add(hit(s, Relation.USED_WITH, why));
        }
        return new Recommendations(resolved, unresolved, out);
    }

    /**
     * The evaluation's BM25 baseline: packages ranked by BM25 alone for the query package's own describing terms,
     * without vectors, popularity or the extension filter (what "plain text search" finds).
     */
    public List<String> bm25Neighbours(String name, int k) {
        int limit = checkK(k);
        PackageRecord query = index.get(resolve(name).name());
        try {
            List<String> out = new ArrayList<>();
            for (ScoreDoc hit : index.searcher().search(retriever.moreLikeThis(query), limit + 1).scoreDocs) {
                if (hit.doc != query.docId() && out.size() < limit) {
                    out.add(index.byDoc(hit.doc).name());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An extension builds on the query: named after it, or depending on it. */
    private static boolean isExtension(PackageRecord query, PackageRecord candidate) {
        return PackageNames.extendsName(query.name(), candidate.name()) || candidate.dependsOn(query.name());
    }

    /** What the query itself is built on (its dependencies, or the project it is a plugin of) is no alternative. */
    private static boolean isFoundationOf(PackageRecord candidate, PackageRecord query) {
        return query.dependsOn(candidate.name()) || PackageNames.extendsName(candidate.name(), query.name());
    }

    /**
     * Every package named after the query or depending on it (not only the retrieved candidates: plugins of a
     * popular package rarely all fit in one candidate pool), ranked by popularity and similarity to the query.
     */
    private List<PackageHit> extensions(PackageRecord query, Map<String, PackageRecord> found, int limit) {
        Map<String, PackageRecord> all = new LinkedHashMap<>(found);
        for (PackageRecord r : index.namedAfter(query.name())) {
            all.put(r.name(), r);
        }
        for (PackageRecord r : index.dependents(query.name())) {
            all.put(r.name(), r);
        }
        VectorLayout layout = index.meta().layout();
        List<Scored> scored = new ArrayList<>();
        for (PackageRecord r : all.values()) {
            double similarity = query.vector() == null || r.vector() == null ? 0
                    : Math.max(0, layout.jointCosine(query.vector(), r.vector()));
            scored.add(new Scored(r, 0.5 * index.popularity(r) + 0.5 * similarity, 0, List.of()));
        }
        List<PackageHit> out = new ArrayList<>();
        for (Scored s : top(scored, limit)) {
            out.add(hit(s, Relation.EXTENSION, reasons.extension(query, s.record())));
        }
        return out;
    }

    /** The query's strongest co-import partners not already listed as an alternative or extension. */
    private List<PackageHit> usedWith(PackageRecord query, Set<String> listed, int limit) {
        List<PackageHit> out = new ArrayList<>();
        for (CoImports.Partner p : query.partners()) {
            PackageRecord r = index.get(p.name());
            if (r == null || listed.contains(p.name())) {
                continue;
            }
            List<String> why = new ArrayList<>();
            why.add(Reasons.usedWith(query.name(), p.notebooks()));
            if (query.dependsOn(p.name())) {
                why.add("a dependency of " + query.name());
            }
            out.add(new PackageHit(r.name(), p.association(), r.summary(), Relation.USED_WITH, why));
            if (out.size() == limit) {
                break;
            }
        }
        return out;
    }

    /** The package a search query names exactly (not by typo correction: "pandsa" is a search, not a name). */
    private PackageRecord namedPackage(String query) {
        return index.resolver().resolveExact(query).map(r -> index.get(r.name())).orElse(null);
    }

    private static double cosine(VectorLayout layout, PackageRecord a, PackageRecord b, boolean text) {
        if (a.vector() == null || b.vector() == null) {
            return 0;
        }
        return text ? layout.textCosine(a.vector(), b.vector()) : layout.graphCosine(a.vector(), b.vector());
    }

    private static int checkK(int k) {
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", got " + k);
        }
        return k;
    }

    /** Highest score first; ties by name, so equal inputs give equal answers. */
    private static List<Scored> top(List<Scored> scored, int limit) {
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.record().name()));
        return scored.size() > limit ? scored.subList(0, limit) : scored;
    }

    private static PackageHit hit(Scored s, Relation relation, List<String> reasons) {
        return new PackageHit(s.record().name(), s.score(), s.record().summary(), relation, reasons);
    }

    @Override
    public void close() throws IOException {
        if (ownsIndex) {
            index.close();
        }
    }

    /** A candidate with its final score, its text similarity and the evidence its reasons quote. */
    private record Scored(PackageRecord record, double score, double text, List<String> evidence) {
    }
}
