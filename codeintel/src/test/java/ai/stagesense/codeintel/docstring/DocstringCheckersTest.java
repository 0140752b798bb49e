package ai.stagesense.codeintel.docstring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.stagesense.codeintel.functions.DocstringStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated docstrings checked by the tools each style is defined by: sphinx.ext.napoleon and docutils (google,
 * numpy, reST), numpydoc's validator, pylint's docparams extension (google, numpy, Sphinx, epytext), pydocstyle's
 * conventions, and javac's doclint for Javadoc. Every function of every golden input is documented first. A check
 * is skipped only when its tool is not installed (CI installs them: see .ci/run).
 */
class DocstringCheckersTest {

    private static final String PYTHON = "/usr/bin/python3";

    /**
     * pylint's docparams messages about content. The *-type-doc ones are left out on purpose: types are written
     * only where an annotation states them (never guessed), so unannotated parameters have none by design.
     */
    private static final String PYLINT_MESSAGES = "missing-param-doc,differing-param-doc,differing-type-doc,"
            + "missing-raises-doc,missing-return-doc,missing-yield-doc,redundant-returns-doc,redundant-yields-doc,"
            + "useless-param-doc,useless-type-doc,multiple-constructor-doc";

    @TempDir
    Path dir;

    private Path script;

    @BeforeEach
    void copyScript() throws IOException {
        script = dir.resolve("docstring_checks.py");
        try (InputStream in = getClass().getResourceAsStream("/checkers/docstring_checks.py")) {
            assertNotNull(in, "checkers/docstring_checks.py on the test classpath");
            Files.copy(in, script);
        }
    }

    @Test
    void googleDocstringsParseWithNapoleonAndDocutils() throws Exception {
        assumePythonModules("sphinx.ext.napoleon", "docutils");
        for (Path file : generated(DocstringStyle.GOOGLE)) {
            assertClean(run(PYTHON, script.toString(), "napoleon-google", file.toString()), file);
        }
    }

    @Test
    void numpyDocstringsParseWithNapoleonAndPassNumpydocValidation() throws Exception {
        assumePythonModules("sphinx.ext.napoleon", "docutils", "numpydoc.validate");
        for (Path file : generated(DocstringStyle.NUMPY)) {
            assertClean(run(PYTHON, script.toString(), "napoleon-numpy", file.toString()), file);
            assertClean(run(PYTHON, script.toString(), "numpydoc", file.toString()), file);
        }
    }

    @Test
    void restDocstringsParseWithDocutils() throws Exception {
        assumePythonModules("docutils");
        for (Path file : generated(DocstringStyle.REST)) {
            assertClean(run(PYTHON, script.toString(), "docutils-rest", file.toString()), file);
        }
    }

    @Test
    void pylintDocparamsFindsNothingMissingInAnyPythonStyle() throws Exception {
        assumePythonModules("pylint.extensions.docparams");
        Path rc = Files.writeString(dir.resolve("empty.pylintrc"), "");
        String[][] styles = {{"google", "google"}, {"numpy", "numpy"}, {"rest", "sphinx"}, {"epytext", "epytext"}};
        for (String[] style : styles) {
            List<String> command = new ArrayList<>(List.of(PYTHON, "-m", "pylint", "--rcfile=" + rc,
                    "--persistent=n", "--score=n", "--disable=all", "--load-plugins=pylint.extensions.docparams",
                    "--enable=" + PYLINT_MESSAGES, "--accept-no-param-doc=no", "--accept-no-raise-doc=no",
                    "--accept-no-return-doc=no", "--accept-no-yields-doc=no",
                    "--default-docstring-type=" + style[1]));
            generated(DocstringStyle.fromId(style[0])).forEach(p -> command.add(p.toString()));
            Result r = run(command.toArray(String[]::new));
            assertEquals(0, r.exit(), "pylint docparams (" + style[1] + "):\n" + r.output());
        }
    }

    @Test
    void pydocstyleConventionsHold() throws Exception {
        assumePythonModules("pydocstyle");
        String[][] styles = {{"google", "google"}, {"numpy", "numpy"}, {"rest", "pep257"}, {"epytext", "pep257"}};
        for (String[] style : styles) {
            // D206 asks for spaces: in tab-indented code the docstring follows the body's tabs, like the code does
            List<String> command = new ArrayList<>(List.of(PYTHON, "-m", "pydocstyle", "--convention=" + style[1],
                    "--add-ignore=D206"));
            generated(DocstringStyle.fromId(style[0])).forEach(p -> command.add(p.toString()));
            Result r = run(command.toArray(String[]::new));
            assertEquals(0, r.exit(), "pydocstyle --convention=" + style[1] + ":\n" + r.output());
        }
    }

    @Test
    void javadocPassesDoclint() throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assumeTrue(javac != null, "no system Java compiler (a JRE without javac): doclint check skipped");
        for (String input : DocstringFixtures.JAVA_INPUTS) {
            Path source = dir.resolve("src").resolve(input);
            Files.createDirectories(source.getParent());
            Files.writeString(source, DocstringFixtures.documentAll(DocstringFixtures.resource(input), "java",
                    DocstringStyle.JAVADOC));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = javac.run(null, err, err, "-Xdoclint:all/protected", "-Werror", "-d",
                    dir.resolve("classes").toString(), source.toString());
            assertEquals(0, exit, "javac -Xdoclint:all:\n" + err.toString(StandardCharsets.UTF_8));
        }
    }

    /** Every golden Python input with all its functions documented in the style, one file each. */
    private List<Path> generated(DocstringStyle style) throws IOException {
        Path out = dir.resolve(style.id());
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        for (String input : DocstringFixtures.PYTHON_INPUTS) {
            Path file = out.resolve(input);
            if (!Files.exists(file)) {
                Files.writeString(file, DocstringFixtures.documentAll(DocstringFixtures.resource(input), "python",
                        style));
            }
            files.add(file);
        }
        return files;
    }

    private void assumePythonModules(String... modules) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), PYTHON + " not found: Python docstring checkers skipped");
        for (String module : modules) {
            Result r = run(PYTHON, "-c", "import " + module);
            assumeTrue(r.exit() == 0, "Python module " + module + " not installed (Debian: python3-docutils, "
                    + "python3-numpydoc, pylint, pydocstyle): check skipped");
        }
    }

    private static void assertClean(Result r, Path file) {
        assertEquals(0, r.exit(), file.getParent().getFileName() + "/" + file.getFileName() + ":\n" + r.output());
    }

    private record Result(int exit, String output) {
    }

    private Result run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        return new Result(p.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
