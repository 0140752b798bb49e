package ai.stagesense.packages;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine over the fixture catalog, indexed with the real Lucene code. */
class PackageSearchTest {

    @TempDir
    static Path work;
    static PackageSearch search;

    @BeforeAll
    static void build() throws Exception {
        search = PackageSearch.open(FixtureIndex.build(work));
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
    }

    private static List<String> names(List<PackageHit> hits) {
        return hits.stream().map(PackageHit::name).toList();
    }

    @Test
    void similarSeparatesAlternativesExtensionsAndUsedWith() {
        SimilarPackages answer = search.similar("requests", 10);
        List<String> alternatives = names(answer.alternatives());
        List<String> extensions = names(answer.extensions());
        List<String> usedWith = names(answer.usedWith());
        assertTrue(alternatives.contains("httpx"), alternatives.toString());
        assertTrue(alternatives.contains("aiohttp"), alternatives.toString());
        for (String name : alternatives) {
            assertFalse(name.startsWith("requests-"), name + " is an extension, not an alternative");
            assertFalse(search.index().get(name).dependsOn("requests"), name + " depends on requests");
            assertFalse(search.index().get("requests").dependsOn(name), name + " is what requests is built on");
        }
        assertTrue(extensions.containsAll(List.of("requests-oauthlib", "requests-toolbelt", "requests-mock",
                "responses")), extensions.toString());
        assertEquals(List.of("beautifulsoup4"), usedWith, "tqdm met requests in one notebook only");
        Set<String> all = new HashSet<>(alternatives);
        all.addAll(extensions);
        all.addAll(usedWith);
        assertEquals(alternatives.size() + extensions.size() + usedWith.size(), all.size(), "lists are disjoint");
        answer.alternatives().forEach(h -> assertEquals(Relation.ALTERNATIVE, h.relation()));
        answer.extensions().forEach(h -> assertEquals(Relation.EXTENSION, h.relation()));
        answer.usedWith().forEach(h -> assertEquals(Relation.USED_WITH, h.relation()));
    }

    @Test
    void theNameIndexFindsExactlyThePackagesNamedAfterOne() {
        PackageIndex index = search.index();
        for (PackageRecord base : index.all()) {
            List<String> scanned = index.all().stream()
                    .filter(r -> PackageNames.extendsName(base.name(), r.name())).map(PackageRecord::name).toList();
            assertEquals(scanned, index.namedAfter(base.name()).stream().map(PackageRecord::name).toList(),
                    base.name());
        }
        assertFalse(index.namedAfter("requests").isEmpty(), "the fixture has plugins of requests");
    }

    @Test
    void everyResultCarriesReasons() {
        SimilarPackages answer = search.similar("requests", 10);
        for (PackageHit hit : answer.results()) {
            assertFalse(hit.reasons().isEmpty(), hit.name());
        }
        PackageHit oauth = answer.extensions().stream().filter(h -> h.name().equals("requests-oauthlib")).findFirst()
                .orElseThrow();
        assertEquals(List.of("name extends requests", "depends on requests"), oauth.reasons());
        PackageHit responses = answer.extensions().stream().filter(h -> h.name().equals("responses")).findFirst()
                .orElseThrow();
        assertEquals(List.of("depends on requests"), responses.reasons());
        assertEquals(List.of("often imported with requests in 3 notebooks"), answer.usedWith().get(0).reasons());
        PackageHit httpx = answer.alternatives().stream().filter(h -> h.name().equals("httpx")).findFirst()
                .orElseThrow();
        assertTrue(httpx.reasons().contains("shares dependencies: certifi, idna"), httpx.reasons().toString());
        assertTrue(httpx.reasons().stream().anyMatch(r -> r.startsWith("matching terms: http")),
                httpx.reasons().toString());
    }

    @Test
    void resultsListAlternativesFirstThenExtensionsThenUsedWith() {
        SimilarPackages answer = search.similar("pandas", 5);
        List<Relation> order = answer.results().stream().map(PackageHit::relation).toList();
        assertEquals(answer.alternatives().size() + answer.extensions().size() + answer.usedWith().size(),
                order.size());
        for (int i = 1; i < order.size(); i++) {
            assertTrue(order.get(i - 1).ordinal() <= order.get(i).ordinal(), order.toString());
        }
        assertTrue(names(answer.extensions()).containsAll(List.of("pandas-stubs", "geopandas", "seaborn")));
        assertTrue(names(answer.usedWith()).contains("numpy"));
        assertTrue(answer.alternatives().size() <= 5 && answer.extensions().size() <= 5);
    }

    @Test
    void aliasesAndTyposResolveBeforeSearching() {
        SimilarPackages viaImport = search.similar("sklearn", 5);
        assertEquals("scikit-learn", viaImport.name());
        assertEquals(NameResolver.Method.IMPORT_NAME, viaImport.resolvedBy());
        assertEquals("sklearn", viaImport.query());
        assertEquals("pillow", search.similar("PIL", 3).name());
        assertEquals("opencv-python", search.similar("cv2", 3).name());
        assertEquals("beautifulsoup4", search.similar("bs4", 3).name());
        SimilarPackages typo = search.similar("pnadas", 3);
        assertEquals("pandas", typo.name());
        assertEquals(NameResolver.Method.TYPO, typo.resolvedBy());
    }

    @Test
    void unknownPackagesAreADistinctException() {
        UnknownPackageException e = assertThrows(UnknownPackageException.class,
                () -> search.similar("no-such-package-anywhere", 10));
        assertEquals("no-such-package-anywhere", e.name());
        assertThrows(UnknownPackageException.class, () -> search.similar("os", 10));
        assertThrows(IllegalArgumentException.class, () -> search.similar("pandas", 0));
        assertThrows(IllegalArgumentException.class, () -> search.similar("pandas", PackageSearch.MAX_K + 1));
    }

    @Test
    void overFetchedCandidatesAreRerankedByPopularity() {
        // probe's nearest vector is vectorclose (never downloaded); rankedfar is second, and popular. With k = 1 only
        // over-fetching makes rankedfar a candidate at all, and only popularity puts it first.
        PackageSearch vectorOnly = search.withWeights(new RankWeights(0, 1, 0, 0));
        assertEquals(List.of("vectorclose"), names(vectorOnly.similar("probe", 1).alternatives()));
        assertEquals(List.of("rankedfar"), names(search.similar("probe", 1).alternatives()));
        assertNotEquals(search.weights(), vectorOnly.weights());
    }

    @Test
    void searchMatchesFreeTextAndNames() {
        List<PackageHit> hits = search.search("fast dataframe library", 5);
        assertEquals("polars", hits.get(0).name());
        assertTrue(hits.get(0).reasons().stream().anyMatch(r -> r.startsWith("matching terms: fast, dataframe")),
                hits.get(0).reasons().toString());
        assertTrue(names(hits).contains("pandas"));
        hits.forEach(h -> assertEquals(Relation.MATCH, h.relation()));
        List<PackageHit> byName = search.search("sklearn", 3);
        assertEquals("scikit-learn", byName.get(0).name());
        assertEquals("name matches", byName.get(0).reasons().get(0));
        assertDoesNotThrow(() -> search.search("c++ \"unbalanced (quotes AND -", 3), "user syntax never fails");
        assertThrows(IllegalArgumentException.class, () -> search.search("  ", 3));
    }

    @Test
    void recommendSumsCoImportsOfTheNotebooksImports() {
        Recommendations rec = search.recommend(List.of("pandas", "sklearn", "utils", "os"), 5);
        assertEquals(Map.of("pandas", "pandas", "sklearn", "scikit-learn"), rec.resolved());
        assertEquals(List.of("utils"), rec.unresolved());
        assertEquals("numpy", rec.results().get(0).name());
        assertEquals(List.of("often imported with pandas in 10 notebooks",
                "often imported with scikit-learn in 4 notebooks"), rec.results().get(0).reasons());
        assertTrue(names(rec.results()).contains("matplotlib"));
        assertFalse(names(rec.results()).contains("pandas"), "never recommends what the notebook imports");
        rec.results().forEach(h -> assertEquals(Relation.USED_WITH, h.relation()));
    }

    @Test
    void recommendWithoutKnownImports() {
        assertThrows(UnknownPackageException.class, () -> search.recommend(List.of("utils", "helpers"), 5));
        Recommendations stdlibOnly = search.recommend(List.of("os", "sys", "json"), 5);
        assertTrue(stdlibOnly.results().isEmpty());
        assertTrue(stdlibOnly.unresolved().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> search.recommend(null, 5));
    }
}
