package ai.stagesense.intellij.core.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.intellij.core.api.PackageResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackageReportHtmlTest {

    @Test
    void rendersEverySectionAndEscapesServerText() {
        PackageReport report = new PackageReport(List.of("pandas", "os"),
                List.of(new PackageResult("seaborn", 0.5, "plots <b>fast</b>", "used_with", List.of("used with pandas"))),
                Map.of("pandas", List.of(new PackageResult("polars", 0.91234, "", "alternative", List.of()))),
                List.of("os"), List.of("often used with: 503 engine <off>"));

        String html = PackageReportHtml.render("train.py", report);

        assertTrue(html.contains("<h3>Often used with these imports</h3>"), html);
        assertTrue(html.contains("<li><b>seaborn</b> (0.50) — plots &lt;b&gt;fast&lt;/b&gt;<br><small>used with pandas"), html);
        assertTrue(html.contains("<h3>Alternatives to pandas</h3><ul><li><b>polars</b> (0.91)</li></ul>"), html);
        assertTrue(html.contains("Not in the package catalog: os"), html);
        assertTrue(html.contains("503 engine &lt;off&gt;"), html);
        assertFalse(html.contains("<off>"));
    }

    @Test
    void noImportsAndEmptySections() {
        PackageReport none = new PackageReport(List.of(), List.of(), Map.of(), List.of(), List.of());
        assertEquals("<html><body><p><b>a.py</b><br>No imports found.</p></body></html>",
                PackageReportHtml.render("a.py", none));

        PackageReport empty = new PackageReport(List.of("x"), List.of(), Map.of("x", List.of()), List.of(), List.of());
        assertTrue(PackageReportHtml.render("a.py", empty).contains("<h3>Alternatives to x</h3><p><i>none</i></p>"));
        assertEquals("<html><body><p>a &amp; b</p></body></html>", PackageReportHtml.message("a & b"));
    }
}
