package ai.stagesense.dataset.packages;

import ai.stagesense.dataset.Counts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code pypi-ranked.tsv}: a header line naming the columns (name, rank, version, month, summary), then rows. */
public final class PypiCatalog {

    private PypiCatalog() {
    }

    public static List<PackageFacts> parse(String text, Counts counts) {
        String[] lines = text.split("\\r?\\n");
        List<PackageFacts> out = new ArrayList<>();
        if (lines.length == 0) {
            return out;
        }
        List<String> header = Arrays.asList(lines[0].split("\t", -1));
        int name = header.indexOf("name");
        int rank = header.indexOf("rank");
        int summary = header.indexOf("summary");
        if (name < 0) {
            counts.add("packages/skipped/pypi_no_header");
            return out;
        }
        for (int i = 1; i < lines.length; i++) {
            String[] cols = lines[i].split("\t", -1);
            if (lines[i].isBlank() || cols.length <= name || cols[name].isBlank()) {
                counts.add("packages/skipped/pypi_bad_row");
                continue;
            }
            out.add(new PackageFacts(PackageNames.normalize(cols[name]), PackageFacts.PYPI,
                    field(cols, summary), null, List.of(), null, null, rank(field(cols, rank)), List.of(), List.of()));
        }
        return out;
    }

    private static String field(String[] cols, int i) {
        return i >= 0 && i < cols.length && !cols[i].isBlank() ? cols[i].strip() : null;
    }

    private static Integer rank(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
