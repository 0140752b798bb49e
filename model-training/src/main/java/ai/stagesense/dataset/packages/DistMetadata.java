package ai.stagesense.dataset.packages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Core metadata of an installed distribution ({@code *.dist-info/METADATA}, {@code *.egg-info/PKG-INFO}): e-mail
 * style headers, then the long description as the body (or, in old files, a {@code Description} header).
 */
public final class DistMetadata {

    /** Long descriptions are whole READMEs; the first part describes the package, the rest is usage and changelog. */
    public static final int MAX_DESCRIPTION_CHARS = 20_000;
    private static final Pattern REQUIREMENT_NAME = Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final Pattern EXTRA_MARKER = Pattern.compile(";.*\\bextra\\s*==");

    private DistMetadata() {
    }

    /**
     * @param metadata  the METADATA / PKG-INFO text
     * @param requires  an egg-info {@code requires.txt}, or null
     * @param topLevel  {@code top_level.txt}, or null
     */
    public static PackageFacts parse(String metadata, String requires, String topLevel) {
        List<String[]> headers = new ArrayList<>();
        String body = headers(metadata, headers);
        String name = null;
        String summary = null;
        String description = null;
        String homepage = null;
        String maintainer = null;
        String author = null;
        Set<String> keywords = new LinkedHashSet<>();
        Set<String> depends = new LinkedHashSet<>();
        for (String[] h : headers) {
            String value = known(h[1]);
            switch (h[0].toLowerCase(Locale.ROOT)) {
                case "name" -> name = value;
                case "summary" -> summary = value;
                case "description" -> description = value == null ? null : undoDescriptionIndent(value);
                case "home-page" -> homepage = homepage == null ? value : homepage;
                case "project-url" -> homepage = homepage == null ? projectHomepage(value) : homepage;
                case "maintainer" -> maintainer = value;
                case "author" -> author = value;
                case "maintainer-email" -> maintainer = maintainer == null ? personName(value) : maintainer;
                case "author-email" -> author = author == null ? personName(value) : author;
                case "keywords" -> keywords.addAll(keywords(value));
                case "requires-dist" -> requirement(value, depends);
                default -> { }
            }
        }
        if (name == null) {
            return null;
        }
        if (body != null && !body.isBlank()) {
            description = body;
        }
        if (requires != null) {
            for (String line : requires.split("\\r?\\n")) {
                if (line.strip().startsWith("[")) {
                    break; // sections after the first header are optional extras
                }
                requirement(line, depends);
            }
        }
        String self = PackageNames.normalize(name);
        depends.remove(self);
        List<String> imports = new ArrayList<>();
        if (topLevel != null) {
            for (String line : topLevel.split("\\r?\\n")) {
                if (!line.isBlank() && !line.strip().startsWith("_")) {
                    imports.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new PackageFacts(self, PackageFacts.SITE_PACKAGES, summary, cap(description), List.copyOf(keywords),
                homepage, maintainer != null ? maintainer : author, null, List.copyOf(depends), imports);
    }

    /** Fills {@code out} with [name, value] headers and returns the body after the first blank line, or null. */
    private static String headers(String text, List<String[]> out) {
        String[] lines = text.split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                StringBuilder body = new StringBuilder();
                for (int j = i + 1; j < lines.length; j++) {
                    body.append(lines[j]).append('\n');
                }
                return body.toString().strip();
            }
            if (Character.isWhitespace(line.charAt(0)) && !out.isEmpty()) {
                String[] last = out.get(out.size() - 1);
                last[1] = last[1] + "\n" + line;
            } else {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    out.add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
                }
            }
        }
        return null;
    }

    /** Metadata 1.x indents continuation lines of Description with 8 spaces and a '|'. */
    private static String undoDescriptionIndent(String value) {
        return value.replaceAll("(?m)^ {7}\\|", "").replaceAll("(?m)^ {8}", "").strip();
    }

    private static String known(String value) {
        return value == null || value.isBlank() || value.strip().equalsIgnoreCase("UNKNOWN") ? null : value.strip();
    }

    private static String projectHomepage(String value) {
        if (value == null) {
            return null;
        }
        int comma = value.indexOf(',');
        if (comma < 0) {
            return null;
        }
        String label = value.substring(0, comma).strip().toLowerCase(Locale.ROOT);
        return label.startsWith("home") || label.equals("source") || label.equals("repository")
                ? value.substring(comma + 1).strip() : null;
    }

    /** {@code "Jane Doe" <jane@example.org>} → {@code Jane Doe}. */
    private static String personName(String value) {
        if (value == null) {
            return null;
        }
        String name = value.replaceAll("<[^>]*>", "").replace("\"", "").strip();
        return name.isEmpty() ? null : name.replaceAll(",$", "");
    }

    private static List<String> keywords(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String k : value.split(value.contains(",") ? "," : "\\s+")) {
                if (!k.isBlank()) {
                    out.add(k.strip());
                }
            }
        }
        return out;
    }

    private static void requirement(String value, Set<String> out) {
        if (value == null || value.isBlank() || value.strip().startsWith("#") || EXTRA_MARKER.matcher(value).find()) {
            return;
        }
        Matcher m = REQUIREMENT_NAME.matcher(value);
        if (m.find()) {
            out.add(PackageNames.normalize(m.group(1)));
        }
    }

    private static String cap(String description) {
        return description == null || description.length() <= MAX_DESCRIPTION_CHARS
                ? description : description.substring(0, MAX_DESCRIPTION_CHARS);
    }
}
