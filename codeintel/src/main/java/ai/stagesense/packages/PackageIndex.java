package ai.stagesense.packages;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An opened package index: the Lucene searcher (BM25, HNSW) plus every package's stored facts and vector in memory
 * (about 10 MB of heap for the default catalog), the name resolver and the query encoder. Immutable and safe to
 * share between request threads.
 */
public final class PackageIndex implements Closeable {

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexMeta meta;
    private final PackageRecord[] byDoc;
    private final Map<String, PackageRecord> byName;
    private final Map<String, List<PackageRecord>> dependents;
    private final Map<String, List<PackageRecord>> namedAfter;
    private final NameResolver resolver;
    private final QueryEncoder encoder;
    private final Popularity popularity;

    private PackageIndex(Directory directory, DirectoryReader reader, IndexMeta meta, QueryEncoder encoder)
            throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.meta = meta;
        this.encoder = encoder;
        this.byDoc = loadRecords(reader);
        this.byName = new HashMap<>();
        Map<String, Integer> ranks = new HashMap<>();
        Map<String, List<PackageRecord>> reverse = new HashMap<>();
        for (PackageRecord r : byDoc) {
            byName.put(r.name(), r);
            ranks.put(r.name(), r.rank());
            for (String dependency : r.dependencies()) {
                reverse.computeIfAbsent(dependency, k -> new ArrayList<>()).add(r);
            }
        }
        reverse.replaceAll((k, v) -> List.copyOf(v));
        this.dependents = reverse;
        this.namedAfter = namedAfter(byDoc);
        this.resolver = new NameResolver(ranks, ImportNames.standard(), meta.popularLimit());
        this.popularity = new Popularity(meta.lowestRank());
    }

    /** Opens the directory {@link PackageIndexBuilder} wrote (memory-mapped; the facts are read once, here). */
    public static PackageIndex open(Path directory) throws IOException {
        IndexMeta meta = IndexMeta.read(directory);
        QueryEncoder encoder = QueryEncoder.read(directory, meta.layout());
        FSDirectory lucene = FSDirectory.open(directory);
        try {
            return new PackageIndex(lucene, DirectoryReader.open(lucene), meta, encoder);
        } catch (IOException | RuntimeException e) {
            lucene.close();
            throw e;
        }
    }

    private static PackageRecord[] loadRecords(DirectoryReader reader) throws IOException {
        PackageAnalyzer analyzer = new PackageAnalyzer();
        PackageRecord[] out = new PackageRecord[reader.maxDoc()];
        float[][] vectors = new float[reader.maxDoc()][];
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
            if (values == null) {
                continue;
            }
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                // the reader reuses its buffer between documents
                float[] v = values.vectorValue();
                vectors[leaf.docBase + doc] = Arrays.copyOf(v, v.length);
            }
        }
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            Document d = stored.document(doc);
            List<String> dependencies = new ArrayList<>();
            for (IndexableField f : d.getFields(IndexFields.DEPENDENCY)) {
                dependencies.add(f.stringValue());
            }
            List<CoImports.Partner> partners = new ArrayList<>();
            for (IndexableField f : d.getFields(IndexFields.COIMPORT)) {
                String[] parts = f.stringValue().split("\t");
                partners.add(new CoImports.Partner(parts[0], Integer.parseInt(parts[1]),
                        Double.parseDouble(parts[2])));
            }
            out[doc] = new PackageRecord(doc, d.get(IndexFields.NAME), d.get(IndexFields.SUMMARY),
                    d.get(IndexFields.HOMEPAGE), d.get(IndexFields.MAINTAINER),
                    d.getField(IndexFields.RANK).numericValue().intValue(), List.copyOf(dependencies),
                    List.copyOf(partners), d.getField(IndexFields.NOTEBOOKS).numericValue().intValue(), vectors[doc],
                    d.getField(IndexFields.HAS_GRAPH).numericValue().intValue() == 1,
                    new LazyTerms(analyzer, d.get(IndexFields.NAME).replace('-', ' ') + " "
                            + d.get(IndexFields.SUMMARY)));
        }
        return out;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public IndexMeta meta() {
        return meta;
    }

    public NameResolver resolver() {
        return resolver;
    }

    public QueryEncoder encoder() {
        return encoder;
    }

    public double popularity(PackageRecord record) {
        return popularity.of(record.rank());
    }

    public int size() {
        return byDoc.length;
    }

    public PackageRecord byDoc(int docId) {
        return byDoc[docId];
    }

    /** The record of a catalog name (already resolved), or null. */
    public PackageRecord get(String name) {
        return byName.get(name);
    }

    /** Packages whose catalog entry lists {@code name} as a dependency. */
    public List<PackageRecord> dependents(String name) {
        return dependents.getOrDefault(name, Collections.emptyList());
    }

    /**
     * Packages whose name extends {@code name} ({@link PackageNames#extendsName}: {@code pandas-gbq} and
     * {@code dagster-pandas} for pandas), in document order.
     */
    public List<PackageRecord> namedAfter(String name) {
        return namedAfter.getOrDefault(name, Collections.emptyList());
    }

    /**
     * Every base name each package extends, indexed once: a name of n dash-separated words extends its n-1 leading
     * and n-1 trailing word runs. Scanning the whole catalog per query cost most of a similar-packages request.
     */
    private static Map<String, List<PackageRecord>> namedAfter(PackageRecord[] records) {
        Map<String, List<PackageRecord>> out = new HashMap<>();
        for (PackageRecord r : records) {
            String name = r.name();
            Set<String> bases = new LinkedHashSet<>();
            for (int i = name.indexOf('-'); i > 0; i = name.indexOf('-', i + 1)) {
                bases.add(name.substring(0, i));
                bases.add(name.substring(i + 1));
            }
            for (String base : bases) {
                if (!base.isEmpty() && PackageNames.extendsName(base, name)) {
                    out.computeIfAbsent(base, k -> new ArrayList<>()).add(r);
                }
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /** Every package, in document order. */
    public List<PackageRecord> all() {
        return Arrays.asList(byDoc);
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
