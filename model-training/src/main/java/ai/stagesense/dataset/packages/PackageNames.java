package ai.stagesense.dataset.packages;

import java.util.Locale;
import java.util.Map;

/**
 * One name per package across catalogs and imports: the PyPI distribution name, normalised as PEP 503 does
 * (lower case, runs of {@code -_.} as one {@code -}), so {@code scikit_learn}, {@code Scikit-Learn} and Debian's
 * {@code python3-sklearn} all meet as {@code scikit-learn}.
 */
public final class PackageNames {

    /**
     * Import names (lower-cased) and Debian {@code python3-} suffixes whose distribution is named differently.
     * Everything else maps to itself; the site-packages {@code top_level.txt} files teach more at run time.
     */
    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("sklearn", "scikit-learn"),
            Map.entry("skimage", "scikit-image"),
            Map.entry("pil", "pillow"),
            Map.entry("cv2", "opencv-python"),
            Map.entry("opencv", "opencv-python"),
            Map.entry("bs4", "beautifulsoup4"),
            Map.entry("yaml", "pyyaml"),
            Map.entry("dateutil", "python-dateutil"),
            Map.entry("tz", "pytz"),
            Map.entry("attr", "attrs"),
            Map.entry("zmq", "pyzmq"),
            Map.entry("serial", "pyserial"),
            Map.entry("jwt", "pyjwt"),
            Map.entry("git", "gitpython"),
            Map.entry("magic", "python-magic"),
            Map.entry("dotenv", "python-dotenv"),
            Map.entry("docx", "python-docx"),
            Map.entry("pptx", "python-pptx"),
            Map.entry("usb", "pyusb"),
            Map.entry("dns", "dnspython"),
            Map.entry("openssl", "pyopenssl"),
            Map.entry("crypto", "pycryptodome"),
            Map.entry("mysqldb", "mysqlclient"),
            Map.entry("ldap", "python-ldap"),
            Map.entry("gi", "pygobject"),
            Map.entry("wx", "wxpython"),
            Map.entry("imblearn", "imbalanced-learn"),
            Map.entry("umap", "umap-learn"),
            Map.entry("fitz", "pymupdf"),
            Map.entry("levenshtein", "python-levenshtein"),
            Map.entry("pkg_resources", "setuptools"),
            Map.entry("mpl_toolkits", "matplotlib"),
            Map.entry("apt", "python-apt"),
            Map.entry("debian", "python-debian"));

    private static final String DEBIAN_PREFIX = "python3-";

    private PackageNames() {
    }

    /** PEP 503 normalisation. */
    public static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    /** {@code python3-sklearn} → {@code scikit-learn}; null for a package that is not a {@code python3-} module. */
    public static String fromDebian(String debianName) {
        String name = debianName.strip().toLowerCase(Locale.ROOT);
        if (!name.startsWith(DEBIAN_PREFIX) || name.length() == DEBIAN_PREFIX.length()) {
            return null;
        }
        String suffix = name.substring(DEBIAN_PREFIX.length());
        return RENAMED.getOrDefault(suffix, normalize(suffix));
    }

    /** The import name a Debian {@code python3-} package is named after, or null. */
    public static String debianImportName(String debianName) {
        String name = debianName.strip().toLowerCase(Locale.ROOT);
        return name.startsWith(DEBIAN_PREFIX) && name.length() > DEBIAN_PREFIX.length()
                ? name.substring(DEBIAN_PREFIX.length()) : null;
    }

    /**
     * The distribution that provides a top-level import: the table above, then what the catalogs taught
     * ({@code learned}: lower-cased import name → distribution), then the import name itself, normalised.
     */
    public static String distributionOf(String importName, Map<String, String> learned) {
        String key = importName.strip().toLowerCase(Locale.ROOT);
        String renamed = RENAMED.get(key);
        if (renamed != null) {
            return renamed;
        }
        String known = learned.get(key);
        return known != null ? known : normalize(key);
    }
}
