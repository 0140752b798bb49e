package ai.stagesense.lsp;

import java.util.List;

/**
 * What the hover and {@code stagesense.similarPackages} show for one package: its summary (null when unknown),
 * similar packages and packages often used with it, best first.
 */
public record PackageInfo(String name, String summary, List<Entry> similar, List<Entry> usedWith) {

    /** One related package, as the HTTP API reports it. */
    public record Entry(String name, double score, String summary, List<String> reasons) {
    }

    String markdown() {
        StringBuilder md = new StringBuilder("**").append(name).append("**");
        if (summary != null && !summary.isBlank()) {
            md.append(" — ").append(summary.strip());
        }
        md.append("\n\n");
        if (!similar.isEmpty()) {
            md.append("Similar packages: ").append(names(similar)).append("\n\n");
        }
        if (!usedWith.isEmpty()) {
            md.append("Often used with: ").append(names(usedWith)).append("\n");
        }
        return md.toString().strip();
    }

    private static String names(List<Entry> entries) {
        return String.join(", ", entries.stream().map(e -> "`" + e.name() + "`").toList());
    }
}
