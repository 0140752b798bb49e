package ai.stagesense.dataset.packages;

import ai.stagesense.dataset.Splits;
import ai.stagesense.dataset.output.JsonLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges what the catalogs say about one package into the document the package models read. Each field is taken
 * from the first catalog that has it, in an order chosen per field: the author's summary (PyPI, installed
 * metadata) before the Debian packager's; for the description the other way round, because installed metadata
 * carries the whole README (badges, install steps, changelog) while Debian's is a few curated paragraphs;
 * homepage and maintainer from the upstream metadata first; keywords are the union.
 */
public final class PackageDocument {

    private static final List<String> SOURCE_ORDER =
            List.of(PackageFacts.PYPI, PackageFacts.DEBIAN, PackageFacts.SITE_PACKAGES);
    private static final List<String> SUMMARY_ORDER =
            List.of(PackageFacts.PYPI, PackageFacts.SITE_PACKAGES, PackageFacts.DEBIAN);
    private static final List<String> DETAIL_ORDER = List.of(PackageFacts.SITE_PACKAGES, PackageFacts.DEBIAN);
    private static final List<String> DESCRIPTION_ORDER = List.of(PackageFacts.DEBIAN, PackageFacts.SITE_PACKAGES);

    private PackageDocument() {
    }

    public static String toJson(String name, Iterable<PackageFacts> facts) {
        List<PackageFacts> all = new ArrayList<>();
        facts.forEach(all::add);
        Set<String> keywords = new LinkedHashSet<>();
        for (String source : DETAIL_ORDER) {
            all.stream().filter(f -> f.source().equals(source)).forEach(f -> keywords.addAll(f.keywords()));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("summary", first(all, SUMMARY_ORDER, PackageFacts::summary));
        row.put("description", first(all, DESCRIPTION_ORDER, PackageFacts::description));
        row.put("keywords", List.copyOf(keywords));
        row.put("homepage", first(all, DETAIL_ORDER, PackageFacts::homepage));
        row.put("maintainer", first(all, DETAIL_ORDER, PackageFacts::maintainer));
        row.put("rank", all.stream().map(PackageFacts::rank).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null));
        row.put("sources", SOURCE_ORDER.stream().filter(s -> all.stream().anyMatch(f -> f.source().equals(s))).toList());
        row.put("split", Splits.of(name));
        return JsonLines.toJson(row);
    }

    private static <T> T first(List<PackageFacts> all, List<String> order, Function<PackageFacts, T> field) {
        for (String source : order) {
            for (PackageFacts f : all) {
                T value = f.source().equals(source) ? field.apply(f) : null;
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }
}
