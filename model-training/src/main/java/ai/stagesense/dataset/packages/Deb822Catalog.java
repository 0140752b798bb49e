package ai.stagesense.dataset.packages;

import ai.stagesense.dataset.Counts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Debian package list in deb822 form ({@code apt-cache show}, {@code Packages} files): paragraphs of
 * {@code Field: value} lines with indented continuation lines. Only {@code python3-} packages are Python
 * distributions; their names are mapped to PyPI names.
 */
public final class Deb822Catalog {

    /** Virtual ABI packages ({@code python3-numpy-abi9}) are not distributions. */
    private static final Pattern VIRTUAL = Pattern.compile(".*-(abi|api)-?\\d+$");

    private Deb822Catalog() {
    }

    public static List<PackageFacts> parse(String text, Counts counts) {
        List<PackageFacts> out = new ArrayList<>();
        for (Map<String, String> p : paragraphs(text)) {
            String debianName = p.getOrDefault("Package", "");
            String name = PackageNames.fromDebian(debianName);
            if (name == null) {
                counts.add("packages/skipped/debian_not_python3");
                continue;
            }
            if (name.endsWith("-dbg")) {
                counts.add("packages/skipped/debian_debug_symbols");
                continue;
            }
            String[] description = description(p.get("Description"));
            out.add(new PackageFacts(name, PackageFacts.DEBIAN, description[0], description[1], tags(p.get("Tag")),
                    blankToNull(p.get("Homepage")), blankToNull(p.get("Maintainer")), null,
                    depends(p.get("Depends"), name), List.of(PackageNames.debianImportName(debianName))));
        }
        return out;
    }

    /** Fields of each paragraph; a continuation line keeps its own line, without the leading space. */
    static List<Map<String, String>> paragraphs(String text) {
        List<Map<String, String>> out = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        String field = null;
        for (String line : text.split("\\r?\\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    out.add(current);
                }
                current = new LinkedHashMap<>();
                field = null;
            } else if (Character.isWhitespace(line.charAt(0))) {
                if (field != null) {
                    current.merge(field, "\n" + line.substring(1), String::concat);
                }
            } else {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    field = line.substring(0, colon).strip();
                    current.put(field, line.substring(colon + 1).strip());
                }
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** Synopsis (the first line) and extended description, where a line of a single "." is a paragraph break. */
    static String[] description(String value) {
        if (value == null) {
            return new String[] {null, null};
        }
        String[] lines = value.split("\n", -1);
        StringBuilder extended = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip().equals(".") ? "" : lines[i].strip();
            extended.append(extended.length() > 0 ? "\n" : "").append(line);
        }
        return new String[] {blankToNull(lines[0]), blankToNull(extended.toString())};
    }

    /** Debtags values ({@code science::modelling} → {@code modelling}), in order, without repeats. */
    static List<String> tags(String value) {
        Set<String> out = new LinkedHashSet<>();
        if (value != null) {
            for (String tag : value.split("[,\\n]")) {
                String t = tag.strip();
                int facet = t.indexOf("::");
                String v = facet >= 0 ? t.substring(facet + 2) : t;
                if (!v.isBlank() && !v.contains("{")) {
                    out.add(v.strip());
                }
            }
        }
        return List.copyOf(out);
    }

    /** The python3- dependencies: first alternative, without version, architecture or profile qualifiers. */
    static List<String> depends(String value, String self) {
        Set<String> out = new LinkedHashSet<>();
        if (value != null) {
            for (String dep : value.split(",")) {
                String first = dep.split("\\|")[0].replaceAll("\\(.*?\\)|\\[.*?]|<.*?>", "").strip();
                int colon = first.indexOf(':');
                String pkg = colon >= 0 ? first.substring(0, colon) : first;
                String name = PackageNames.fromDebian(pkg);
                if (name != null && !name.equals(self) && !VIRTUAL.matcher(name).matches()) {
                    out.add(name);
                }
            }
        }
        return List.copyOf(out);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
