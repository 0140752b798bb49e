package ai.stagesense.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameResolverTest {

    private final NameResolver resolver = new NameResolver(Map.ofEntries(
            Map.entry("scikit-learn", 179), Map.entry("sklearn", 3000), Map.entry("pillow", 30),
            Map.entry("opencv-python", 300), Map.entry("beautifulsoup4", 90), Map.entry("pandas", 37),
            Map.entry("requests", 4), Map.entry("pyyaml", 15), Map.entry("python-dotenv", 150),
            Map.entry("zope-interface", 400), Map.entry("pyspark", 518), Map.entry("typing-extensions", 1),
            Map.entry("obscure-thing", 0)), ImportNames.standard(), 1000);

    private void assertResolves(String query, String name, NameResolver.Method method) {
        NameResolver.Resolution r = resolver.resolve(query);
        assertEquals(name, r.name(), query);
        assertEquals(method, r.method(), query);
    }

    @Test
    void importNamesWinOverSameNamedPlaceholders() {
        assertResolves("sklearn", "scikit-learn", NameResolver.Method.IMPORT_NAME);
        assertResolves("PIL", "pillow", NameResolver.Method.IMPORT_NAME);
        assertResolves("cv2", "opencv-python", NameResolver.Method.IMPORT_NAME);
        assertResolves("bs4", "beautifulsoup4", NameResolver.Method.IMPORT_NAME);
        assertResolves("yaml", "pyyaml", NameResolver.Method.IMPORT_NAME);
    }

    @Test
    void dottedImportPathsResolveByTheirTopLevel() {
        assertResolves("sklearn.linear_model", "scikit-learn", NameResolver.Method.IMPORT_NAME);
        assertResolves("PIL.Image", "pillow", NameResolver.Method.IMPORT_NAME);
        assertResolves("pandas.core.frame", "pandas", NameResolver.Method.EXACT);
        assertResolves("zope.interface", "zope-interface", NameResolver.Method.EXACT);
    }

    @Test
    void spellingVariantsAndDebianNamesNormalise() {
        assertResolves("Scikit_Learn", "scikit-learn", NameResolver.Method.EXACT);
        assertResolves("typing_extensions", "typing-extensions", NameResolver.Method.EXACT);
        assertResolves("python3-yaml", "pyyaml", NameResolver.Method.DEBIAN_NAME);
        assertResolves("python3-pandas", "pandas", NameResolver.Method.DEBIAN_NAME);
        assertResolves("spark", "pyspark", NameResolver.Method.NAME_VARIANT);
    }

    @Test
    void typosResolveToPopularPackagesWithinTwoEdits() {
        assertResolves("pnadas", "pandas", NameResolver.Method.TYPO);
        assertResolves("reqeusts", "requests", NameResolver.Method.TYPO);
        assertResolves("scikit-lern", "scikit-learn", NameResolver.Method.TYPO);
        assertResolves("scikitlearn", "scikit-learn", NameResolver.Method.TYPO);
    }

    @Test
    void typosNeverReachUnpopularPackagesOrVeryShortNames() {
        assertThrows(UnknownPackageException.class, () -> resolver.resolve("obscure-thinq"));
        assertThrows(UnknownPackageException.class, () -> resolver.resolve("pdx"));
        assertThrows(UnknownPackageException.class, () -> resolver.resolve("completely-unknown"));
    }

    @Test
    void theStandardLibraryIsNoPackage() {
        UnknownPackageException e = assertThrows(UnknownPackageException.class, () -> resolver.resolve("os"));
        assertTrue(e.getMessage().contains("standard library"), e.getMessage());
        assertEquals("os", e.name());
        assertThrows(UnknownPackageException.class, () -> resolver.resolve("  "));
    }

    @Test
    void importsResolveWithoutTypoCorrection() {
        assertEquals(Optional.of("scikit-learn"), resolver.resolveImport("sklearn"));
        assertEquals(Optional.empty(), resolver.resolveImport("utils"), "a local module");
        assertEquals(Optional.empty(), resolver.resolveImport("os.path"), "the standard library");
        assertEquals(Optional.empty(), resolver.resolveImport("pnadas"), "no typo correction for imports");
    }
}
