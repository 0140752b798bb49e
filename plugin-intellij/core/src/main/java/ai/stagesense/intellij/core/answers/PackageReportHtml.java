package ai.stagesense.intellij.core.answers;

import ai.stagesense.intellij.core.api.PackageResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link PackageReport} as the small HTML subset Swing's {@code JEditorPane} shows. Everything from the
 * server is escaped: package summaries come from public package metadata, which must not inject markup.
 */
public final class PackageReportHtml {

    private PackageReportHtml() {
    }

    public static String render(String fileName, PackageReport report) {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<p><b>").append(escape(fileName)).append("</b>");
        if (report.imports().isEmpty()) {
            html.append("<br>No imports found.</p>");
            return html.append("</body></html>").toString();
        }
        html.append("<br>imports: ").append(escape(String.join(", ", report.imports()))).append("</p>");
        section(html, "Often used with these imports", report.oftenUsedWith());
        for (Map.Entry<String, List<PackageResult>> entry : report.alternatives().entrySet()) {
            section(html, "Alternatives to " + entry.getKey(), entry.getValue());
        }
        if (!report.notInCatalog().isEmpty()) {
            html.append("<p><i>Not in the package catalog: ").append(escape(String.join(", ", report.notInCatalog())))
                    .append("</i></p>");
        }
        for (String problem : report.problems()) {
            html.append("<p><font color=\"#c0392b\">").append(escape(problem)).append("</font></p>");
        }
        return html.append("</body></html>").toString();
    }

    public static String message(String text) {
        return "<html><body><p>" + escape(text) + "</p></body></html>";
    }

    private static void section(StringBuilder html, String title, List<PackageResult> results) {
        html.append("<h3>").append(escape(title)).append("</h3>");
        if (results.isEmpty()) {
            html.append("<p><i>none</i></p>");
            return;
        }
        html.append("<ul>");
        for (PackageResult r : results) {
            html.append("<li><b>").append(escape(r.name())).append("</b> ")
                    .append(String.format(Locale.ROOT, "(%.2f)", r.score()));
            if (r.summary() != null && !r.summary().isBlank()) {
                html.append(" — ").append(escape(r.summary()));
            }
            if (!r.reasons().isEmpty()) {
                html.append("<br><small>").append(escape(String.join("; ", r.reasons()))).append("</small>");
            }
            html.append("</li>");
        }
        html.append("</ul>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
