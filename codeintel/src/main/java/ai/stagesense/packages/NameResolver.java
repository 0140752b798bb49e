package ai.stagesense.packages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what a user or a notebook calls a package into its catalog name: import names ({@code sklearn},
 * {@code PIL}, {@code cv2.imread}), spelling variants ({@code Scikit_Learn}), Debian names ({@code python3-yaml}),
 * PyPI's usual prefixes ({@code dotenv} → python-dotenv) and, last, typos among popular packages
 * ({@code pnadas} → pandas). Order matters: the import-name table comes before exact names because a few import
 * names are also unrelated or placeholder PyPI projects ({@code sklearn}).
 */
public final class NameResolver {

    /** How a name was resolved; a server may tell the user when it corrected a typo. */
    public enum Method { EXACT, IMPORT_NAME, DEBIAN_NAME, NAME_VARIANT, TYPO }

    public record Resolution(String query, String name, Method method) {
    }

    private static final List<String> DEBIAN_PREFIXES = List.of("python3-", "python-");
    private static final int MIN_TYPO_LENGTH = 4;

    private final Map<String, Integer> ranks;
    private final ImportNames importNames;
    private final List<String> popular;

    /**
     * @param ranks        every catalog name → its PyPI download rank (0 when it has none)
     * @param popularLimit typos are corrected only towards packages ranked this high: a misspelt popular name is
     *                     far likelier than an exact obscure one two edits away
     */
    public NameResolver(Map<String, Integer> ranks, ImportNames importNames, int popularLimit) {
        this.ranks = Map.copyOf(ranks);
        this.importNames = importNames;
        List<String> names = new ArrayList<>();
        ranks.forEach((name, rank) -> {
            if (rank > 0 && rank <= popularLimit) {
                names.add(name);
            }
        });
        names.sort(Comparator.comparingInt(ranks::get));
        this.popular = List.copyOf(names);
    }

    public boolean contains(String catalogName) {
        return ranks.containsKey(catalogName);
    }

    /** The catalog name for a user's input, or {@link UnknownPackageException}. */
    public Resolution resolve(String query) {
        String raw = query == null ? "" : query.strip();
        if (raw.isEmpty()) {
            throw new UnknownPackageException(raw, "empty package name");
        }
        Optional<Resolution> exact = resolveExactly(raw);
        if (exact.isPresent()) {
            return exact.get();
        }
        if (importNames.isStdlib(raw)) {
            throw new UnknownPackageException(raw, "'" + raw + "' is part of the Python standard library, not a "
                    + "package");
        }
        return typo(raw).orElseThrow(() -> new UnknownPackageException(raw, "unknown package '" + raw + "'"));
    }

    /** The catalog name a text names exactly (name, import name, Debian name, name variant): no typo correction. */
    public Optional<Resolution> resolveExact(String query) {
        String raw = query == null ? "" : query.strip();
        return raw.isEmpty() ? Optional.empty() : resolveExactly(raw);
    }

    /**
     * The package a notebook's import refers to, without typo correction (an import that resolves nowhere is a local
     * module such as {@code utils}); empty for the standard library.
     */
    public Optional<String> resolveImport(String importPath) {
        String raw = importPath == null ? "" : importPath.strip();
        if (raw.isEmpty() || importNames.isStdlib(raw) && importNames.distribution(raw).isEmpty()) {
            return Optional.empty();
        }
        return resolveExactly(raw).map(Resolution::name);
    }

    private Optional<Resolution> resolveExactly(String raw) {
        Optional<String> imported = importNames.distribution(raw).filter(ranks::containsKey);
        if (imported.isPresent()) {
            return Optional.of(new Resolution(raw, imported.get(), Method.IMPORT_NAME));
        }
        if (importNames.isStdlib(raw)) {
            return Optional.empty();
        }
        Optional<String> direct = direct(raw);
        if (direct.isPresent()) {
            return Optional.of(new Resolution(raw, direct.get(), Method.EXACT));
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        for (String prefix : DEBIAN_PREFIXES) {
            if (lower.startsWith(prefix) && lower.length() > prefix.length()) {
                String rest = raw.substring(prefix.length());
                Optional<String> debian = importNames.distribution(rest).filter(ranks::containsKey).or(() -> direct(rest));
                if (debian.isPresent()) {
                    return Optional.of(new Resolution(raw, debian.get(), Method.DEBIAN_NAME));
                }
            }
        }
        String name = PackageNames.normalize(topLevel(raw));
        for (String variant : List.of("python-" + name, "py" + name, name + "-python", name + "-py")) {
            if (ranks.containsKey(variant)) {
                return Optional.of(new Resolution(raw, variant, Method.NAME_VARIANT));
            }
        }
        return Optional.empty();
    }

    /** The normalised name itself, else (for a dotted import path such as {@code pandas.core}) its top level. */
    private Optional<String> direct(String raw) {
        String whole = PackageNames.normalize(raw);
        if (ranks.containsKey(whole)) {
            return Optional.of(whole);
        }
        String top = PackageNames.normalize(topLevel(raw));
        return ranks.containsKey(top) ? Optional.of(top) : Optional.empty();
    }

    private Optional<Resolution> typo(String raw) {
        String name = PackageNames.normalize(raw);
        if (name.length() < MIN_TYPO_LENGTH) {
            return Optional.empty();
        }
        int limit = name.length() <= 5 ? 1 : 2;
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : popular) {
            // popular is in rank order: a later candidate must be strictly closer to displace an earlier one
            int allowed = best == null ? limit : bestDistance - 1;
            if (allowed < 1) {
                break;
            }
            int d = EditDistance.bounded(name, candidate, allowed);
            if (d <= allowed) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Resolution(raw, best, Method.TYPO));
    }

    private static String topLevel(String importPath) {
        int dot = importPath.indexOf('.');
        return dot < 0 ? importPath : importPath.substring(0, dot);
    }
}
