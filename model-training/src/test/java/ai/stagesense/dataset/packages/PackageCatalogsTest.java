package ai.stagesense.dataset.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ai.stagesense.dataset.Counts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackageCatalogsTest {

    @Test
    void debianAndImportNamesMapToPypiNames() {
        assertEquals("scikit-learn", PackageNames.fromDebian("python3-sklearn"));
        assertEquals("pillow", PackageNames.fromDebian("python3-pil"));
        assertEquals("pyyaml", PackageNames.fromDebian("python3-yaml"));
        assertEquals("beautifulsoup4", PackageNames.fromDebian("python3-bs4"));
        assertEquals("opencv-python", PackageNames.fromDebian("python3-opencv"));
        assertEquals("python-dateutil", PackageNames.fromDebian("python3-dateutil"));
        assertEquals("ruamel-yaml", PackageNames.fromDebian("python3-ruamel.yaml"));
        assertNull(PackageNames.fromDebian("libyaml-0-2"));
        assertEquals("scikit-learn", PackageNames.distributionOf("sklearn", Map.of()));
        assertEquals("pillow", PackageNames.distributionOf("PIL", Map.of()));
        assertEquals("opencv-python", PackageNames.distributionOf("cv2", Map.of()));
        assertEquals("beautifulsoup4", PackageNames.distributionOf("bs4", Map.of()));
        assertEquals("pyyaml", PackageNames.distributionOf("yaml", Map.of()));
        assertEquals("attrs", PackageNames.distributionOf("attr", Map.of()));
        assertEquals("google-cloud-storage", PackageNames.distributionOf("google", Map.of("google", "google-cloud-storage")));
        assertEquals("xgboost", PackageNames.distributionOf("xgboost", Map.of()));
        assertEquals("scikit-learn", PackageNames.normalize("Scikit_Learn"));
    }

    @Test
    void deb822ParagraphsBecomeFactsWithDependencies() {
        String text = """
                Package: python3-sklearn
                Depends: python3-numpy (>= 1:1.17), python3-scipy, python3-joblib | python3-other, python3:any, libc6
                Description: machine learning
                 First line of the long description.
                 .
                 Second paragraph.
                Tag: science::modelling, role::devel-lib,
                 implemented-in::python
                Homepage: https://scikit-learn.org

                Package: python3-numpy
                Depends: python3-numpy-abi9
                Description: arrays

                Package: libfoo1
                Description: not Python
                """;
        Counts counts = new Counts();
        List<PackageFacts> facts = Deb822Catalog.parse(text, counts);
        assertEquals(2, facts.size());
        PackageFacts sk = facts.get(0);
        assertEquals("scikit-learn", sk.name());
        assertEquals("machine learning", sk.summary());
        assertEquals("First line of the long description.\n\nSecond paragraph.", sk.description());
        assertEquals(List.of("modelling", "devel-lib", "python"), sk.keywords());
        assertEquals(List.of("numpy", "scipy", "joblib"), sk.depends());
        assertEquals(List.of("sklearn"), sk.importNames());
        assertEquals(List.of(), facts.get(1).depends());
        assertEquals(1, counts.get("packages/skipped/debian_not_python3"));
    }

    @Test
    void installedMetadataGivesSummaryDescriptionDependenciesAndImports() {
        String metadata = """
                Metadata-Version: 2.1
                Name: Seaborn
                Summary: Statistical data visualization
                Author-email: Michael Waskom <mwaskom@gmail.com>
                Requires-Dist: numpy>=1.17
                Requires-Dist: pandas (>=0.25)
                Requires-Dist: scipy>=1.3 ; extra == "stats"
                Project-URL: Source, https://github.com/mwaskom/seaborn
                Keywords: visualization, statistics

                Seaborn is a visualization library.
                """;
        PackageFacts f = DistMetadata.parse(metadata, null, "seaborn\n_private\n");
        assertEquals("seaborn", f.name());
        assertEquals("Statistical data visualization", f.summary());
        assertEquals("Seaborn is a visualization library.", f.description());
        assertEquals(List.of("numpy", "pandas"), f.depends());
        assertEquals(List.of("visualization", "statistics"), f.keywords());
        assertEquals("https://github.com/mwaskom/seaborn", f.homepage());
        assertEquals("Michael Waskom", f.maintainer());
        assertEquals(List.of("seaborn"), f.importNames());
    }

    @Test
    void oldStyleDescriptionHeadersAndRequiresTxt() {
        String pkgInfo = "Metadata-Version: 1.1\nName: PyYAML\nSummary: YAML parser\nHome-page: https://pyyaml.org/\n"
                + "Description: YAML is a data format\n        for humans.\nKeywords: UNKNOWN\n";
        PackageFacts f = DistMetadata.parse(pkgInfo, "six\n[docs]\nsphinx\n", null);
        assertEquals("pyyaml", f.name());
        assertEquals("YAML is a data format\nfor humans.", f.description());
        assertEquals(List.of("six"), f.depends());
        assertEquals(List.of(), f.keywords());
    }

    @Test
    void pypiRowsKeepRankAndSummary() {
        Counts counts = new Counts();
        List<PackageFacts> facts = PypiCatalog.parse("name\trank\tversion\tmonth\tsummary\nboto3\t1\t1.0\t2026-11\tAWS SDK\n"
                + "certifi\t4\t\t\tCA bundle\n\n", counts);
        assertEquals(2, facts.size());
        assertEquals(1, facts.get(0).rank());
        assertEquals("CA bundle", facts.get(1).summary());
    }

    @Test
    void coimportsSkipTheStandardLibraryAndUnknownModules() {
        List<String> dists = PackageEdges.distributions(List.of("os", "pandas", "sklearn", "utils", "numpy"), Map.of(),
                java.util.Set.of("pandas", "numpy", "scikit-learn"));
        assertEquals(List.of("numpy", "pandas", "scikit-learn"), dists);
        assertEquals(List.of("numpy\tpandas", "numpy\tscikit-learn", "pandas\tscikit-learn"), PackageEdges.pairs(dists));
    }
}
