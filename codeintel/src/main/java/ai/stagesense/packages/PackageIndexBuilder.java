package ai.stagesense.packages;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes the package index: one Lucene document per catalog package (BM25 fields, stored facts, the joint vector in
 * an HNSW graph), {@code package-index.json} and the query-encoder files, into one directory that holds nothing
 * else — every file of it goes into models/manifest.json.
 */
public final class PackageIndexBuilder {

    /** Co-import partners kept per package: enough for "often used with" lists and recommendations. */
    static final int PARTNERS = 50;
    /** A pair seen in a single notebook is an anecdote, not a habit. */
    static final int MIN_TOGETHER = 2;
    /** Descriptions are cut here: the index should stay a few MB, and summaries carry the meaning. */
    static final int DESCRIPTION_CHARS = 2000;

    public record Summary(int packages, int withVector, int withGraph, int withPartners, int coimportNotebooks) {
    }

    private PackageIndexBuilder() {
    }

    /**
     * @param vectorsDir   package_vectors.py's output directory (the query-encoder files are copied from it)
     * @param popularLimit rank up to which a package is "popular" (typo targets, second KNN pass)
     */
    public static Summary build(PackageDataset dataset, Path vectorsDir, Path out, RankWeights weights,
                                int popularLimit) throws IOException {
        PackageVectors vectors = PackageVectors.read(vectorsDir);
        prepare(out);
        Map<String, Integer> ranks = new HashMap<>();
        int lowestRank = 1;
        for (PackageDocument doc : dataset.documents()) {
            ranks.put(doc.name(), doc.rank());
            lowestRank = Math.max(lowestRank, doc.rank());
        }
        NameResolver resolver = new NameResolver(ranks, ImportNames.standard(), popularLimit);
        CoImports coImports = CoImports.count(dataset.importSequences(), resolver, "train");
        int withVector = 0;
        int withGraph = 0;
        int withPartners = 0;
        IndexWriterConfig config = new IndexWriterConfig(new PackageAnalyzer()).setUseCompoundFile(true)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (FSDirectory directory = FSDirectory.open(out); IndexWriter writer = new IndexWriter(directory, config)) {
            for (PackageDocument doc : dataset.documents()) {
                float[] vector = vectors.joint().get(doc.name());
                boolean usable = vector != null && !allZero(vector);
                boolean graph = usable && vectors.hasGraph().getOrDefault(doc.name(), false);
                List<CoImports.Partner> partners = coImports.partners(doc.name(), PARTNERS, MIN_TOGETHER);
                writer.addDocument(document(doc, dataset.dependencies().getOrDefault(doc.name(), Set.of()), ranks,
                        usable ? vector : null, graph, partners, coImports.notebooks(doc.name()), popularLimit));
                withVector += usable ? 1 : 0;
                withGraph += graph ? 1 : 0;
                withPartners += partners.isEmpty() ? 0 : 1;
            }
            // one segment: the smallest files, and the HNSW graph of a single segment answers in one pass
            writer.forceMerge(1);
        }
        Files.deleteIfExists(out.resolve(IndexWriter.WRITE_LOCK_NAME));
        for (String file : PackageVectors.QUERY_FILES) {
            Files.copy(vectorsDir.resolve(file), out.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        JsonObject vectorsMeta = JsonParser.parseString(
                Files.readString(vectorsDir.resolve("vectors.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        new IndexMeta(IndexMeta.FORMAT, dataset.documents().size(), vectors.layout().textDim(),
                vectors.layout().graphDim(), lowestRank, popularLimit, coImports.notebooks(), weights,
                SimilarityThresholds.measure(vectors), vectorsMeta)
                .write(out);
        return new Summary(dataset.documents().size(), withVector, withGraph, withPartners, coImports.notebooks());
    }

    private static Document document(PackageDocument doc, Set<String> dependencies, Map<String, Integer> ranks,
                                     float[] vector, boolean hasGraph, List<CoImports.Partner> partners,
                                     int notebooks, int popularLimit) {
        Document d = new Document();
        d.add(new StringField(IndexFields.NAME, doc.name(), Field.Store.YES));
        d.add(new TextField(IndexFields.NAME_TEXT, doc.name().replace('-', ' '), Field.Store.NO));
        d.add(new TextField(IndexFields.SUMMARY, doc.summary(), Field.Store.YES));
        String description = doc.description().length() > DESCRIPTION_CHARS
                ? doc.description().substring(0, DESCRIPTION_CHARS) : doc.description();
        d.add(new TextField(IndexFields.DESCRIPTION, description, Field.Store.NO));
        d.add(new TextField(IndexFields.KEYWORDS, String.join(" ", doc.keywords()), Field.Store.NO));
        d.add(new StoredField(IndexFields.HOMEPAGE, doc.homepage()));
        d.add(new StoredField(IndexFields.MAINTAINER, doc.maintainer()));
        d.add(new StoredField(IndexFields.RANK, doc.rank()));
        if (doc.rank() > 0 && doc.rank() <= popularLimit) {
            d.add(new StringField(IndexFields.POPULAR, "1", Field.Store.NO));
        }
        for (String dependency : dependencies) {
            if (ranks.containsKey(dependency) && !dependency.equals(doc.name())) {
                d.add(new StringField(IndexFields.DEPENDENCY, dependency, Field.Store.YES));
            }
        }
        for (CoImports.Partner p : partners) {
            d.add(new StoredField(IndexFields.COIMPORT,
                    String.format(Locale.ROOT, "%s\t%d\t%.6f", p.name(), p.notebooks(), p.association())));
        }
        d.add(new StoredField(IndexFields.NOTEBOOKS, notebooks));
        d.add(new StoredField(IndexFields.HAS_GRAPH, hasGraph ? 1 : 0));
        if (vector != null) {
            d.add(new KnnFloatVectorField(IndexFields.VECTOR, vector, VectorSimilarityFunction.COSINE));
        }
        return d;
    }

    /**
     * Creates the output directory, or empties one that holds a previous package index; refuses any other
     * non-empty directory, since everything in it would end up in the manifest.
     */
    private static void prepare(Path out) throws IOException {
        Files.createDirectories(out);
        List<Path> existing;
        try (Stream<Path> files = Files.list(out)) {
            existing = new ArrayList<>(files.toList());
        }
        if (existing.isEmpty()) {
            return;
        }
        if (!Files.exists(out.resolve(IndexMeta.FILE))) {
            throw new IOException(out + " is not empty and holds no package index; choose an empty directory");
        }
        for (Path file : existing) {
            if (Files.isDirectory(file)) {
                throw new IOException(out + " contains a directory (" + file.getFileName() + "); not touching it");
            }
            Files.delete(file);
        }
    }

    private static boolean allZero(float[] vector) {
        for (float v : vector) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }
}
