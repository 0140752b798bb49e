package ai.stagesense.lsp;

import java.util.List;

/**
 * What the hover and {@code stagesense.similarPackages} show for one package: the catalog name it resolved to, its
 * summary (null when the catalog has none), alternatives, extensions (plugins and wrappers) and packages often used
 * with it, each best first.
 */
public record PackageInfo(String name, String summary, List<Entry> alternatives, List<Entry> extensions,
                          List<Entry> usedWith) {

    /** One related package, as the HTTP API reports it. */
    public record Entry(String name, double score, String summary, List<String> reasons) {
    }

    String markdown() {
        StringBuilder md = new StringBuilder("**").append(name).append("**");
        if (summary != null && !summary.isBlank()) {
            md.append(" — ").append(summary.strip());
        }
        md.append("\n\n");
        line(md, "Alternatives", alternatives);
        line(md, "Extensions", extensions);
        line(md, "Often used with", usedWith);
        return md.toString().strip();
    }

    private static void line(StringBuilder md, String label, List<Entry> entries) {
        if (!entries.isEmpty()) {
            md.append(label).append(": ")
                    .append(String.join(", ", entries.stream().map(e -> "`" + e.name() + "`").toList()))
                    .append("\n\n");
        }
    }
}
