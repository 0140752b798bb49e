package ai.stagesense.codeintel.functions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaFunctionsTest {

    private static final String LOADER = """
            package ai.example.data;

            import java.io.IOException;
            import java.nio.file.Path;
            import java.util.List;

            /** Loads CSV files into rows. */
            public class CsvLoader {

                private final char separator;

                /**
                 * Creates a loader.
                 *
                 * @param separator the field separator, usually ','
                 */
                public CsvLoader(char separator) {
                    this.separator = separator;
                }

                /**
                 * Reads every row of a file.
                 *
                 * <pre>
                 *   loader.read(Path.of("train.csv"), "id");
                 * </pre>
                 *
                 * @param file    the CSV file
                 * @param columns the columns to keep
                 * @return the rows, header excluded
                 * @throws IOException when the file cannot be read
                 */
                @Deprecated(since = "2.0")
                @SuppressWarnings("unchecked")
                public <T extends Row> List<T> read(final Path file, String... columns) throws IOException {
                    if (columns.length == 0) {
                        throw new IllegalArgumentException("no columns");
                    }
                    Runnable check = () -> { throw new IllegalStateException("lambda throws for itself"); };
                    return parse(file, columns);
                }

                abstract static class Row {
                    abstract String get(int column);

                    class Cursor {
                        int next() throws java.io.UncheckedIOException {
                            throw new java.io.UncheckedIOException(new IOException("eof"));
                        }
                    }
                }

                private List parse(Path file, String[] columns) throws IOException {
                    Runnable progress = new Runnable() {
                        @Override
                        public void run() {
                            System.out.println(file);
                        }
                    };
                    progress.run();
                    throw new IOException("not implemented");
                }
            }
            """;

    private static FunctionInfo byQualifiedName(List<FunctionInfo> all, String qualifiedName) {
        return all.stream().filter(f -> f.qualifiedName().equals(qualifiedName)).findFirst()
                .orElseThrow(() -> new AssertionError(qualifiedName + " not in " + all.stream().map(FunctionInfo::qualifiedName).toList()));
    }

    @Test
    void findsEveryMethodAndConstructorInSourceOrder() {
        List<FunctionInfo> all = JavaFunctions.extract(LOADER);

        assertEquals(List.of("CsvLoader.CsvLoader", "CsvLoader.read", "CsvLoader.Row.get", "CsvLoader.Row.Cursor.next",
                        "CsvLoader.parse", "CsvLoader.parse.<anonymous Runnable>.run"),
                all.stream().map(FunctionInfo::qualifiedName).toList());
        assertTrue(all.stream().allMatch(f -> f.language().equals("java") && f.complete()));
        assertTrue(all.stream().noneMatch(f -> f.isAsync() || f.isGenerator()));
    }

    @Test
    void readsTheFullHeaderOfAnAnnotatedGenericMethod() {
        FunctionInfo read = byQualifiedName(JavaFunctions.extract(LOADER), "CsvLoader.read");

        assertEquals("read", read.name());
        assertEquals(List.of(
                new Parameter("file", Parameter.Kind.POSITIONAL_OR_KEYWORD, "Path", null),
                new Parameter("columns", Parameter.Kind.VAR_POSITIONAL, "String...", null)), read.parameters());
        assertEquals("List<T>", read.returnType());
        assertEquals(List.of("IOException", "IllegalArgumentException"), read.raises(),
                "declared first, then thrown; the lambda's throw is not the method's");
        assertEquals(List.of("Deprecated(since = \"2.0\")", "SuppressWarnings(\"unchecked\")"), read.decorators());
        assertEquals("public <T extends Row> List<T> read(final Path file, String... columns) throws IOException {",
                read.signature());
        assertTrue(read.body().startsWith("\n        if (columns.length == 0) {"));
        assertTrue(read.body().endsWith("return parse(file, columns);\n    "));
    }

    @Test
    void rangeIncludesAnnotationsAndJavadocGoesAboveThem() {
        FunctionInfo read = byQualifiedName(JavaFunctions.extract(LOADER), "CsvLoader.read");

        assertEquals(new SourceRange(33, 4, 41, 5), read.range());
        assertEquals(33, read.bodyStartLine());
        assertEquals("    ", read.bodyIndent());
        assertEquals(new SourceRange(21, 4, 32, 7), read.docstring().range());
    }

    @Test
    void javadocTextLosesMarkersAndCommonIndentation() {
        Docstring doc = byQualifiedName(JavaFunctions.extract(LOADER), "CsvLoader.read").docstring();

        assertEquals(DocstringStyle.JAVADOC, doc.style());
        assertEquals("""
                Reads every row of a file.

                <pre>
                  loader.read(Path.of("train.csv"), "id");
                </pre>

                @param file    the CSV file
                @param columns the columns to keep
                @return the rows, header excluded
                @throws IOException when the file cannot be read""", doc.text());
        assertEquals("Reads every row of a file.", doc.summary());
    }

    @Test
    void constructorsHaveNoReturnType() {
        FunctionInfo ctor = byQualifiedName(JavaFunctions.extract(LOADER), "CsvLoader.CsvLoader");

        assertNull(ctor.returnType());
        assertEquals(List.of(new Parameter("separator", Parameter.Kind.POSITIONAL_OR_KEYWORD, "char", null)), ctor.parameters());
        assertEquals("Creates a loader.\n\n@param separator the field separator, usually ','", ctor.docstring().text());
        assertEquals("public CsvLoader(char separator) {", ctor.signature());
        assertEquals("\n        this.separator = separator;\n    ", ctor.body());
    }

    @Test
    void abstractMethodsHaveNoBody() {
        FunctionInfo get = byQualifiedName(JavaFunctions.extract(LOADER), "CsvLoader.Row.get");

        assertEquals("abstract String get(int column);", get.signature());
        assertEquals("", get.body());
        assertEquals("String", get.returnType());
        assertEquals("        ", get.bodyIndent());
        assertNull(get.docstring());
    }

    @Test
    void dedupesDeclaredAndThrownExceptionsBySimpleName() {
        List<FunctionInfo> all = JavaFunctions.extract(LOADER);

        assertEquals(List.of("java.io.UncheckedIOException"), byQualifiedName(all, "CsvLoader.Row.Cursor.next").raises());
        assertEquals(List.of("IOException"), byQualifiedName(all, "CsvLoader.parse").raises());
        assertEquals(List.of(), byQualifiedName(all, "CsvLoader.parse.<anonymous Runnable>.run").raises());
    }

    @Test
    void anonymousClassMethodsKeepTheirAnnotations() {
        FunctionInfo run = byQualifiedName(JavaFunctions.extract(LOADER), "CsvLoader.parse.<anonymous Runnable>.run");

        assertEquals(List.of("Override"), run.decorators());
        assertEquals("void", run.returnType());
        assertEquals("            ", run.bodyIndent());
    }

    @Test
    void enumConstantBodiesRecordsAndInterfaces() {
        String source = """
                enum Metric {
                    RMSE {
                        double score(double[] y, double[] p) { return Math.sqrt(mse(y, p)); }
                    };

                    abstract double score(double[] y, double[] p);
                }

                record Split(int train, int test) {
                    Split {
                        if (train < 0) throw new IllegalArgumentException("train");
                    }
                }

                interface Estimator {
                    default String name() { return getClass().getSimpleName(); }
                }
                """;

        List<FunctionInfo> all = JavaFunctions.extract(source);

        assertEquals(List.of("Metric.RMSE.score", "Metric.score", "Split.Split", "Estimator.name"),
                all.stream().map(FunctionInfo::qualifiedName).toList());
        FunctionInfo compact = all.get(2);
        assertEquals(List.of("train", "test"), compact.parameters().stream().map(Parameter::name).toList());
        assertEquals(List.of("IllegalArgumentException"), compact.raises());
        assertEquals(List.of(new Parameter("y", Parameter.Kind.POSITIONAL_OR_KEYWORD, "double[]", null),
                new Parameter("p", Parameter.Kind.POSITIONAL_OR_KEYWORD, "double[]", null)), all.get(0).parameters());
    }

    @Test
    void tabsAndCrlfLineEndingsKeepPositionsExact() {
        String source = "class Job {\r\n\t/** Runs. */\r\n\t@Override\r\n\tpublic void run() {\r\n\t\twork();\r\n\t}\r\n}\r\n";

        FunctionInfo run = JavaFunctions.extract(source).get(0);

        assertEquals(new SourceRange(3, 1, 6, 2), run.range());
        assertEquals("\t", run.bodyIndent());
        assertEquals(3, run.bodyStartLine());
        assertEquals("Runs.", run.docstring().text());
        assertEquals(new SourceRange(2, 1, 2, 13), run.docstring().range());
        assertEquals("\r\n\t\twork();\r\n\t", run.body());
    }

    @Test
    void bareMethodsWithoutAClassAreFound() {
        List<FunctionInfo> all = JavaFunctions.extract("int twice(int x) {\n    return 2 * x;\n}\n\nvoid main() {\n    System.out.println(twice(21));\n}\n");

        assertEquals(List.of("twice", "main"), all.stream().map(FunctionInfo::qualifiedName).toList());
        assertTrue(all.get(0).complete());
    }

    @Test
    void atReturnsTheInnermostMethodContainingTheLine() {
        assertEquals("CsvLoader.parse.<anonymous Runnable>.run", JavaFunctions.at(LOADER, 57).qualifiedName());
        assertEquals("CsvLoader.parse", JavaFunctions.at(LOADER, 60).qualifiedName());
        assertEquals("CsvLoader.read", JavaFunctions.at(LOADER, 33).qualifiedName(), "the annotation line belongs to the method");
    }

    @Test
    void atFallsBackToTheNextMethodAndThenToNull() {
        assertEquals("CsvLoader.read", JavaFunctions.at(LOADER, 25).qualifiedName(), "inside its Javadoc");
        assertEquals("CsvLoader.CsvLoader", JavaFunctions.at(LOADER, 1).qualifiedName());
        assertNull(JavaFunctions.at(LOADER, 63), "after the last method");
        assertNull(JavaFunctions.at("class Empty {}", 1));
    }

    @Test
    void nothingToFindInTextWithoutMethods() {
        assertEquals(List.of(), JavaFunctions.extract(""));
        assertEquals(List.of(), JavaFunctions.extract("class Point { int x; int y; }"));
        assertFalse(JavaFunctions.extract(null) == null);
    }

    @Test
    void genericMethodsWithoutModifiersKeepTheirTypeParameters() {
        String source = """
                class Lists {
                    <T> T first(List<T> xs) {
                        return xs.get(0);
                    }

                    @SuppressWarnings("unchecked")
                    <K, V extends Comparable<V>> Map<K, V> sorted(Map<K, V> m) throws IOException {
                        return m;
                    }
                }
                """;
        List<FunctionInfo> all = JavaFunctions.extract(source);
        FunctionInfo first = byQualifiedName(all, "Lists.first");
        assertEquals("<T> T first(List<T> xs) {", first.signature());
        assertEquals("T", first.returnType());
        assertEquals(List.of(new Parameter("xs", Parameter.Kind.POSITIONAL_OR_KEYWORD, "List<T>", null)),
                first.parameters());
        assertEquals("<T> T first(List<T> xs) {\n    return xs.get(0);\n}", FunctionCode.of(first));
        FunctionInfo sorted = byQualifiedName(all, "Lists.sorted");
        assertEquals("<K, V extends Comparable<V>> Map<K, V> sorted(Map<K, V> m) throws IOException {",
                sorted.signature());
        assertEquals(List.of("SuppressWarnings(\"unchecked\")"), sorted.decorators());
        assertEquals(List.of("IOException"), sorted.raises());
    }
}
