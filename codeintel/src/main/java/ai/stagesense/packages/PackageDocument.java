package ai.stagesense.packages;

import java.util.List;

/**
 * One row of the dataset builder's {@code packages/documents/}: what the catalogs say about a package.
 *
 * @param rank PyPI download rank, 0 when the package is not in the ranked list (Debian-only, site-packages)
 */
public record PackageDocument(String name, String summary, String description, List<String> keywords,
                              String homepage, String maintainer, int rank, List<String> sources) {

    public PackageDocument {
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        homepage = homepage == null ? "" : homepage;
        maintainer = maintainer == null ? "" : maintainer;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
