package ai.stagesense.dataset.packages;

import java.io.Serializable;
import java.util.List;

/**
 * What one catalog says about one package; {@link PackageDocument} merges the catalogs.
 *
 * @param name        normalised distribution name (see {@link PackageNames})
 * @param source      {@code pypi}, {@code debian} or {@code site-packages}
 * @param rank        PyPI download rank, or null
 * @param depends     distribution names this package requires (not optional extras)
 * @param importNames top-level import names it provides, lower-cased
 */
public record PackageFacts(String name, String source, String summary, String description, List<String> keywords,
                           String homepage, String maintainer, Integer rank, List<String> depends,
                           List<String> importNames) implements Serializable {

    public static final String PYPI = "pypi";
    public static final String DEBIAN = "debian";
    public static final String SITE_PACKAGES = "site-packages";

    public PackageFacts {
        keywords = List.copyOf(keywords);
        depends = List.copyOf(depends);
        importNames = List.copyOf(importNames);
    }
}
