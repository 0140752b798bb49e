package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.DocstringStyle;
import ai.stagesense.codeintel.functions.FunctionInfo;
import ai.stagesense.codeintel.functions.JavaFunctions;
import ai.stagesense.codeintel.functions.PythonFunctions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Applies edits the way a front-end does, and reads the golden docstring files. */
final class DocstringFixtures {

    static final String GOLDEN_DIR = "golden/docstrings/";
    static final List<String> PYTHON_INPUTS = List.of("loaders.py", "estimators.py", "tabs.py");
    static final List<String> JAVA_INPUTS = List.of("Inventory.java");
    static final List<DocstringStyle> PYTHON_STYLES = List.of(DocstringStyle.GOOGLE, DocstringStyle.NUMPY,
            DocstringStyle.REST, DocstringStyle.EPYTEXT);

    private DocstringFixtures() {
    }

    /** Replaces lines startLine..endLine (1-based, inclusive; none for an insertion) with the edit's text. */
    static String apply(String code, DocstringEdit edit) {
        List<String> lines = new ArrayList<>(List.of(code.split("\n", -1)));
        boolean trailingNewline = code.endsWith("\n");
        if (trailingNewline) {
            lines.remove(lines.size() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < edit.startLine() && i <= lines.size(); i++) {
            out.append(lines.get(i - 1)).append('\n');
        }
        out.append(edit.text());
        for (int i = edit.endLine() + 1; i <= lines.size(); i++) {
            out.append(lines.get(i - 1));
            if (i < lines.size() || trailingNewline) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Documents every function, last first so that the start lines of the ones still to do never move: the golden
     * output and the checkers then see a whole file the way it looks after a person documented it function by
     * function.
     */
    static String documentAll(String code, String language, DocstringStyle style) {
        List<FunctionInfo> functions = "java".equals(language) ? JavaFunctions.extract(code)
                : PythonFunctions.extract(code);
        TreeSet<Integer> starts = new TreeSet<>(Comparator.reverseOrder());
        functions.forEach(f -> starts.add(f.range().startLine()));
        String current = code;
        for (int line : starts) {
            DocstringResult r = DocstringGenerator.generate(current, language, style, line, null);
            current = apply(current, r.edit());
        }
        return current;
    }

    static String resource(String name) {
        try (InputStream in = DocstringFixtures.class.getResourceAsStream("/" + GOLDEN_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + GOLDEN_DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code loaders.py} + google → {@code loaders.google.py}. */
    static String expectedName(String input, String styleId) {
        int dot = input.lastIndexOf('.');
        return input.substring(0, dot) + "." + styleId + input.substring(dot);
    }
}
