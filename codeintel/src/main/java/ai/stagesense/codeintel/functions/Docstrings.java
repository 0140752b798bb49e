package ai.stagesense.codeintel.functions;

import java.util.ArrayList;
import java.util.List;

/** Docstring text normalisation, the same way Python's inspect.cleandoc does it. */
public final class Docstrings {

    private Docstrings() {
    }

    /** Removes the indentation shared by the second and later lines and blank lines at both ends. */
    public static String clean(String raw) {
        String[] lines = raw.replace("\t", "        ").split("\\r?\\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int content = line.length() - line.stripLeading().length();
            if (!line.isBlank()) {
                margin = Math.min(margin, content);
            }
        }
        List<String> out = new ArrayList<>();
        out.add(lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            out.add(margin == Integer.MAX_VALUE || line.length() < margin ? line.strip() : line.substring(margin)
                    .stripTrailing());
        }
        while (!out.isEmpty() && out.get(0).isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out);
    }
}
