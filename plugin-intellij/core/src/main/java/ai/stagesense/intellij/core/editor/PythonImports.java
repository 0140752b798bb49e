package ai.stagesense.intellij.core.editor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level modules a Python file or notebook imports, in first-seen order: what the similar-packages tool
 * window asks about. A line scan is enough here (and tolerant of unfinished code); relative imports are local
 * modules, not packages, and are left out.
 */
public final class PythonImports {

    private static final Pattern IMPORT = Pattern.compile("[ \\t]*import[ \\t]+(.+)");
    private static final Pattern FROM = Pattern.compile("[ \\t]*from[ \\t]+([A-Za-z_][\\w.]*)[ \\t]+import\\b.*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*");

    private PythonImports() {
    }

    public static List<String> of(String code) {
        Set<String> modules = new LinkedHashSet<>();
        for (String line : code.split("\\R")) {
            Matcher from = FROM.matcher(line);
            if (from.matches()) {
                modules.add(from.group(1).split("\\.", 2)[0]);
                continue;
            }
            Matcher imports = IMPORT.matcher(line);
            if (imports.matches()) {
                for (String part : withoutComment(imports.group(1)).split(",")) {
                    Matcher name = NAME.matcher(part.strip());
                    if (name.lookingAt()) {
                        modules.add(name.group());
                    }
                }
            }
        }
        return List.copyOf(modules);
    }

    /**
     * The imports of what an editor shows: a notebook's JSON is read cell by cell (imports inside JSON strings would
     * not start a line), Python text is scanned as it is, and other languages have no PyPI imports (empty).
     */
    public static List<String> ofDocument(String fileName, String text) {
        if (Language.ofFileName(fileName).orElse(null) != Language.PYTHON) {
            return List.of();
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".ipynb") && text.stripLeading().startsWith("{")) {
            try {
                return of(IpynbCells.read(text).stream().filter(NotebookCell::code).map(NotebookCell::source).toList());
            } catch (IllegalArgumentException brokenNotebook) {
                return List.of(); // half-saved JSON: nothing reliable to show until it parses again
            }
        }
        return of(text);
    }

    /** All code cells of a notebook, in cell order. */
    public static List<String> of(List<String> cells) {
        return of(String.join("\n", cells));
    }

    private static String withoutComment(String tail) {
        int hash = tail.indexOf('#');
        return hash < 0 ? tail : tail.substring(0, hash);
    }
}
