package ai.stagesense.lsp;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which names of a Python file (or notebook) come from which top-level package: every word of an import statement
 * (module path components, imported names, aliases) maps to the package the statement imports from, so hovering
 * {@code pd} in {@code pd.read_csv} or {@code linear_model} in {@code from sklearn import linear_model} finds the
 * package. Line-based on purpose: the file under the cursor is usually unfinished, and import statements are one
 * line in notebooks; relative imports are the project's own modules and are skipped.
 */
final class Imports {

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.,\\s]+?)\\s*(#.*)?$");
    private static final Pattern FROM =
            Pattern.compile("^\\s*from\\s+([\\w.]+)\\s+import\\s+\\(?([\\w.,\\s]*)\\)?\\s*(#.*)?$");
    private static final Pattern WORD = Pattern.compile("\\w+");

    private Imports() {
    }

    /** Word → top-level package, over all given sources (a notebook's cells, or one file). */
    static Map<String, String> names(Iterable<String> sources) {
        Map<String, String> names = new HashMap<>();
        for (String source : sources) {
            for (String line : source.split("\n", -1)) {
                scan(line, names);
            }
        }
        return names;
    }

    private static void scan(String line, Map<String, String> names) {
        Matcher from = FROM.matcher(line);
        if (from.matches()) {
            String top = from.group(1).split("\\.")[0];
            if (!top.isEmpty()) {
                addWords(from.group(1) + " " + from.group(2), top, names);
            }
            return;
        }
        Matcher imp = IMPORT.matcher(line);
        if (imp.matches()) {
            for (String part : imp.group(1).split(",")) {
                String module = part.strip().split("\\s+")[0];
                String top = module.split("\\.")[0];
                if (!top.isEmpty()) {
                    addWords(part, top, names);
                }
            }
        }
    }

    private static void addWords(String text, String top, Map<String, String> names) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (!m.group().equals("as") && !m.group().equals("import")) {
                names.putIfAbsent(m.group(), top);
            }
        }
        names.put(top, top);
    }

    /** The identifier touching the offset, or null. */
    static String wordAt(String text, int offset) {
        int start = Math.min(offset, text.length());
        while (start > 0 && isWord(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(offset, text.length());
        while (end < text.length() && isWord(text.charAt(end))) {
            end++;
        }
        return start == end ? null : text.substring(start, end);
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
