package ai.stagesense.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.codeintel.stage.LabelingFunctions;
import ai.stagesense.dataset.notebooks.NotebookRows;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real Spark job (local[2]) over the fixture corpus in src/test/resources/corpus once, then checks it. */
class DatasetJobTest {

    private static final int MAX_CONTEXT = 8;

    @TempDir
    static Path tmp;
    private static Path out;
    private static JsonObject report;

    @BeforeAll
    static void runTheJob() throws Exception {
        Path corpus = resource("corpus");
        Path jar = sourcesJar(corpus.resolve("textutils/src/main/java"), tmp.resolve("textutils-1.0-sources.jar"));
        out = tmp.resolve("out");
        String[] args = {
            "--out", out.toString(), "--master", "local[2]", "--no-ui", "--max-context", String.valueOf(MAX_CONTEXT),
            "--notebooks", corpus.resolve("notebooks").toString(),
            "--python-src", corpus.resolve("python/toypkg").toString(),
            "--python-src", corpus.resolve("python-site").toString(),
            "--java-src", corpus.resolve("textutils").toString(),
            "--java-src", jar.toString(),
            "--pypi", corpus.resolve("packages/pypi-ranked.tsv").toString(),
            "--debian", corpus.resolve("packages/debian-python3-packages.deb822").toString(),
            "--site-packages", corpus.resolve("packages/site-packages").toString()};
        DatasetJob.run(DatasetOptions.parse(args), System.out);
        report = JsonParser.parseString(Files.readString(out.resolve(DatasetJob.REPORT))).getAsJsonObject();
    }

    @Test
    void badFilesAreSkippedWithTheirReasons() {
        JsonObject skipped = path("notebooks", "skipped");
        for (String reason : List.of("not_json", "not_utf8", "binary", "python2", "no_code_cells",
                "no_ipython_directives")) {
            assertEquals(1, skipped.get(reason).getAsInt(), reason + " in " + skipped);
        }
        assertEquals(1, path("notebooks", "cells_skipped").get("huge_cell").getAsInt());
        assertEquals(13, path("notebooks", "listed").get("notebooks").getAsInt());
        Set<String> ids = ids(rows("cells"));
        assertTrue(ids.contains("notebooks/broken/huge_cell.ipynb.gz"), "the huge cell is dropped, not its notebook");
        assertTrue(ids.stream().noneMatch(id -> id.contains("python2") || id.contains("corrupt")));
    }

    @Test
    void forkedNotebooksAreDeduplicated() {
        assertEquals(1, path("notebooks", "dedup").get("exact_duplicate").getAsInt());
        assertEquals(1, path("notebooks", "dedup").get("near_duplicate").getAsInt());
        long titanics = ids(rows("cells")).stream().filter(id -> id.contains("titanic")).count();
        assertEquals(1, titanics);
        assertTrue(ids(rows("cells")).contains("notebooks/eda/titanic-variant.ipynb"), "the most complete copy stays");
    }

    @Test
    void cellsCarryMaskedLinesVariablesAndOneVotePerLabelingFunction() throws IOException {
        JsonArray names = JsonParser.parseString(Files.readString(out.resolve(DatasetJob.LABELING_FUNCTIONS)))
                .getAsJsonArray();
        assertEquals(LabelingFunctions.all().size(), names.size());
        assertTrue(names.size() >= 30);
        List<JsonObject> cells = rows("cells");
        assertEquals(report.getAsJsonObject("cells").get("total").getAsInt(), cells.size());
        for (JsonObject c : cells) {
            for (String key : List.of("notebook_id", "corpus", "split", "position", "source", "masked", "variables",
                    "votes")) {
                assertTrue(c.has(key), key);
            }
            assertEquals(names.size(), c.getAsJsonArray("votes").size());
            assertEquals("notebooks", c.get("corpus").getAsString());
        }
        JsonObject load = cells.stream().filter(c -> c.get("notebook_id").getAsString().endsWith("housing.ipynb")
                && c.get("position").getAsInt() == 1).findFirst().orElseThrow();
        assertEquals("var0=pandas.read_csv", load.getAsJsonArray("masked").get(0).getAsString());
        assertEquals("df", load.getAsJsonObject("variables").get("var0").getAsString());
        assertTrue(ids(cells).contains("notebooks/script.py"));
        assertTrue(ids(cells).contains("notebooks/guide.rst"));
        assertTrue(path("cells", "with_vote_for_stage").size() >= 4, "several stages get votes");
    }

    @Test
    void splitsFollowTheNotebookAndNeverStraddleIt() {
        Map<String, Set<String>> splits = new HashMap<>();
        for (String name : List.of("cells", "nextline", "packages/import_sequences")) {
            for (JsonObject row : rows(name)) {
                String id = row.get("notebook_id").getAsString();
                splits.computeIfAbsent(id, k -> new HashSet<>()).add(row.get("split").getAsString());
            }
        }
        assertFalse(splits.isEmpty());
        splits.forEach((id, s) -> assertEquals(Set.of(Splits.of(id)), s, id));
        for (JsonObject f : rows("docstrings")) {
            assertEquals(Splits.of(f.get("repo").getAsString()), f.get("split").getAsString());
        }
    }

    @Test
    void nextLinePairsRunAcrossCellsWithinTheContextLimit() throws IOException {
        List<JsonObject> pairs = rows("nextline");
        assertEquals(report.getAsJsonObject("nextline").get("pairs").getAsInt(), pairs.size());
        boolean sawMarker = false;
        for (JsonObject p : pairs) {
            JsonArray context = p.getAsJsonArray("context");
            assertTrue(context.size() <= MAX_CONTEXT);
            assertEquals(p.get("line_index").getAsInt() == 0, p.get("new_cell").getAsBoolean());
            sawMarker |= context.asList().stream().anyMatch(e -> e.getAsString().equals(NotebookRows.CELL_MARKER));
            assertTrue(p.has("template") && p.has("template_key"));
        }
        assertTrue(sawMarker);
        JsonObject read = pairs.stream().filter(p -> p.get("concrete").getAsString().startsWith("df = pd.read_csv"))
                .findFirst().orElseThrow();
        assertEquals("$1 = pandas.read_csv(${path})", read.get("template").getAsString());
        assertTrue(read.get("new_cell").getAsBoolean());
        assertEquals(NotebookRows.CELL_MARKER, last(read.getAsJsonArray("context")));
        assertTrue(lines("nextline").stream().anyMatch(l -> l.contains("\"template\":null")), "nulls are explicit");
    }

    @Test
    void docstringPairsComeFromPythonAndJavaWithoutDuplicatesOrGeneratedCode() {
        List<JsonObject> functions = rows("docstrings");
        Map<String, JsonObject> byName = new HashMap<>();
        functions.forEach(f -> byName.put(f.get("qualified_name").getAsString(), f));
        // of two identical functions the alphabetically first name stays
        assertFalse(byName.containsKey("toypkg.stats.mean"), "the identical copy is dropped");
        JsonObject mean = byName.get("toypkg.copy_of_stats.mean");
        assertNotNull(mean, byName.keySet().toString());
        assertEquals("Return the arithmetic mean of the values.", mean.get("summary").getAsString());
        assertEquals("google", mean.get("style").getAsString());
        assertFalse(mean.get("code").getAsString().contains("arithmetic mean"));
        assertTrue(mean.get("code").getAsString().startsWith("def mean(values):"));
        assertEquals("numpy", byName.get("toypkg.stats.clipped").get("style").getAsString());
        assertEquals(List.of("values"), strings(byName.get("toypkg.stats.Scaler.apply").getAsJsonArray("params")));
        assertFalse(byName.containsKey("toypkg.stats.undocumented"));
        assertTrue(byName.get("toypkg.legacy.greet").get("docstring").getAsString().contains("café"));
        assertTrue(byName.containsKey("alpha.first") && byName.containsKey("beta.last"));
        assertEquals("alpha", byName.get("alpha.first").get("repo").getAsString());

        JsonObject repeat = byName.get("com.example.text.Strings.repeat");
        assertEquals("java", repeat.get("language").getAsString());
        assertEquals("javadoc", repeat.get("style").getAsString());
        assertEquals("textutils", repeat.get("repo").getAsString(), "the jar's copy is the duplicate");
        assertEquals(List.of("text", "times"), strings(repeat.getAsJsonArray("params")));
        assertFalse(byName.containsKey("com.example.text.Strings.ByLength.compare"), "{@inheritDoc} is no summary");

        JsonObject docs = report.getAsJsonObject("docstrings");
        assertEquals(1, docs.getAsJsonObject("skipped").get("generated_file").getAsInt());
        assertEquals(1, docs.getAsJsonObject("skipped").get("python2").getAsInt());
        assertEquals(1, docs.getAsJsonObject("decoded_as_declared").get("iso-8859-1").getAsInt());
        // toypkg mean twice, and both Javadoc methods once from the tree and once from the jar
        assertEquals(3, docs.getAsJsonObject("dedup").get("duplicate_functions").getAsInt());
        assertEquals(functions.size(), docs.get("pairs").getAsInt());
    }

    @Test
    void packageDocumentsMergeCatalogsAndEdgesLinkThem() {
        Map<String, JsonObject> docs = new HashMap<>();
        rows("packages/documents").forEach(d -> docs.put(d.get("name").getAsString(), d));
        JsonObject sklearn = docs.get("scikit-learn");
        assertEquals(List.of("pypi", "debian"), strings(sklearn.getAsJsonArray("sources")));
        assertEquals(5, sklearn.get("rank").getAsInt());
        assertTrue(sklearn.get("description").getAsString().startsWith("scikit-learn is a collection"));
        assertTrue(strings(sklearn.getAsJsonArray("keywords")).contains("modelling"));
        JsonObject seaborn = docs.get("seaborn");
        assertEquals(List.of("pypi", "site-packages"), strings(seaborn.getAsJsonArray("sources")));
        assertEquals(List.of("visualization", "statistics"), strings(seaborn.getAsJsonArray("keywords")));
        assertEquals(List.of("pypi", "site-packages"), strings(docs.get("pyyaml").getAsJsonArray("sources")));
        assertTrue(docs.get("numpy").get("maintainer").getAsString().startsWith("Debian Python Team"));
        assertTrue(docs.get("pandas").has("homepage"));
        assertFalse(docs.containsKey("numpy-dbg") || docs.containsKey("libyaml-0-2"));

        Set<String> edges = new TreeSet<>();
        for (JsonObject e : rows("packages/edges")) {
            edges.add(e.get("kind").getAsString() + " " + e.get("src").getAsString() + " " + e.get("dst").getAsString());
        }
        assertTrue(edges.containsAll(List.of("dependency scikit-learn numpy", "dependency scikit-learn scipy",
                "dependency scikit-learn joblib", "dependency seaborn matplotlib", "dependency pandas python-dateutil")),
                edges.toString());
        assertFalse(edges.stream().anyMatch(e -> e.contains("abi9") || e.contains("seaborn scipy")));
        assertEquals(expectedCoimports(docs.keySet()), edges.stream().filter(e -> e.startsWith("coimport")).toList());
    }

    /** Co-imports recomputed by hand from the training-split import sequences. */
    private static List<String> expectedCoimports(Set<String> known) {
        Map<String, String> dist = Map.of("sklearn", "scikit-learn", "pandas", "pandas", "numpy", "numpy",
                "matplotlib", "matplotlib", "seaborn", "seaborn");
        Set<String> out = new TreeSet<>();
        for (JsonObject seq : rows("packages/import_sequences")) {
            if (!seq.get("split").getAsString().equals(Splits.TRAIN)) {
                continue;
            }
            List<String> d = strings(seq.getAsJsonArray("imports")).stream().map(dist::get)
                    .filter(n -> n != null && known.contains(n)).distinct().sorted().toList();
            for (int i = 0; i < d.size(); i++) {
                for (int j = i + 1; j < d.size(); j++) {
                    out.add("coimport " + d.get(i) + " " + d.get(j));
                }
            }
        }
        return new ArrayList<>(out);
    }

    @Test
    void reportHasCountsPerSourceSplitStageAndTimings() {
        assertTrue(path("notebooks", "kept").get("notebooks").getAsInt() >= 5);
        assertTrue(report.getAsJsonObject("cells").getAsJsonObject("by_split").size() >= 1);
        assertTrue(report.getAsJsonObject("cells").getAsJsonObject("majority_vote").size() >= 2);
        assertTrue(report.getAsJsonObject("docstrings").getAsJsonObject("pairs_by_repo").has("python"));
        assertTrue(report.getAsJsonObject("timings_s").has("notebooks: mask + label"));
        assertEquals(rows("packages/import_sequences").size(),
                report.getAsJsonObject("rows_written").get("packages/import_sequences").getAsInt());
    }

    private static JsonObject path(String... keys) {
        JsonObject o = report;
        for (String k : keys) {
            o = o.getAsJsonObject(k);
        }
        return o;
    }

    private static List<String> lines(String dataset) {
        try (Stream<Path> files = Files.list(out.resolve(dataset))) {
            List<String> lines = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(lines::add);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonObject> rows(String dataset) {
        return lines(dataset).stream().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    }

    private static Set<String> ids(List<JsonObject> rows) {
        Set<String> ids = new TreeSet<>();
        rows.forEach(r -> ids.add(r.get("notebook_id").getAsString()));
        return ids;
    }

    private static List<String> strings(JsonArray a) {
        return a.asList().stream().map(JsonElement::getAsString).toList();
    }

    private static String last(JsonArray a) {
        return a.get(a.size() - 1).getAsString();
    }

    private static Path sourcesJar(Path sources, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(sources)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(sources.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(DatasetJobTest.class.getClassLoader().getResource(name).toURI());
    }
}
