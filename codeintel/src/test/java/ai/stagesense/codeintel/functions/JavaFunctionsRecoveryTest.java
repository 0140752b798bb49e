package ai.stagesense.codeintel.functions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Code being typed: the assistant must still see the method under the cursor. */
class JavaFunctionsRecoveryTest {

    private static FunctionInfo named(List<FunctionInfo> all, String name) {
        return all.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + all.stream().map(FunctionInfo::qualifiedName).toList()));
    }

    @Test
    void methodCutOffAtTheEndOfTheFile() {
        String source = """
                public class Scaler {
                    /** Fits the scaler. */
                    public void fit(double[] values) {
                        mean = 0;
                    }

                    /**
                     * Scales values.
                     */
                    public double[] transform(double[] values, boolean inPlace) throws IllegalStateException {
                        if (mean == null) throw new IllegalStateException("not fitted");
                        return values.
                """;

        List<FunctionInfo> all = JavaFunctions.extract(source);

        FunctionInfo fit = named(all, "fit");
        assertTrue(fit.complete(), "the finished method parses on its own");
        assertEquals("Fits the scaler.", fit.docstring().text());

        FunctionInfo transform = named(all, "transform");
        assertFalse(transform.complete());
        assertEquals("Scaler.transform", transform.qualifiedName());
        assertEquals("public double[] transform(double[] values, boolean inPlace) throws IllegalStateException {",
                transform.signature());
        assertEquals("double[]", transform.returnType());
        assertEquals(List.of("values", "inPlace"), transform.parameters().stream().map(Parameter::name).toList());
        assertEquals(List.of("IllegalStateException"), transform.raises());
        assertEquals("Scales values.", transform.docstring().text());
        assertEquals(10, transform.bodyStartLine());
        assertTrue(transform.body().endsWith("return values."), transform.body());
    }

    @Test
    void headerStillBeingTyped() {
        String source = "class Model {\n    void reset() {}\n\n    @Override\n    public Map<String, List<Double>> predict(String name, int";

        FunctionInfo predict = named(JavaFunctions.extract(source), "predict");

        assertFalse(predict.complete());
        assertEquals("Model.predict", predict.qualifiedName());
        assertEquals("public Map<String, List<Double>> predict(String name, int", predict.signature());
        assertEquals("Map<String, List<Double>>", predict.returnType());
        assertEquals(List.of(new Parameter("name", Parameter.Kind.POSITIONAL_OR_KEYWORD, "String", null)),
                predict.parameters(), "the unfinished last parameter has no name yet");
        assertEquals(List.of("Override"), predict.decorators());
        assertEquals("", predict.body());
        assertEquals(4, predict.bodyStartLine());
    }

    @Test
    void brokenStatementOnlyMarksItsOwnMethod() {
        String source = """
                class Pipeline {
                    int steps() { int n = ; return n; }

                    String name() { return "pipeline"; }
                }
                """;

        List<FunctionInfo> all = JavaFunctions.extract(source);

        assertEquals(List.of("Pipeline.steps", "Pipeline.name"), all.stream().map(FunctionInfo::qualifiedName).toList());
        assertFalse(named(all, "steps").complete());
        assertEquals(" int n = ; return n; ", named(all, "steps").body());
        assertTrue(named(all, "name").complete());
    }

    @Test
    void unclosedBlockDoesNotSwallowTheNextMethod() {
        String source = """
                class Trainer {
                    void train(int epochs) {
                        for (int i = 0; i < epochs; i++) {
                            step();
                    }

                    /** One optimisation step. */
                    private void step() throws java.io.IOException {
                        log("step");
                    }
                }
                """;

        List<FunctionInfo> all = JavaFunctions.extract(source);

        assertEquals(List.of("Trainer.train", "Trainer.step"), all.stream().map(FunctionInfo::qualifiedName).toList());
        FunctionInfo train = named(all, "train");
        assertFalse(train.complete());
        assertEquals(5, train.range().endLine(), "ends before the next declaration's Javadoc");
        FunctionInfo step = named(all, "step");
        assertEquals("One optimisation step.", step.docstring().text());
        assertEquals(List.of("java.io.IOException"), step.raises());
        assertEquals(8, step.bodyStartLine());
    }

    @Test
    void anonymousClassInsideABrokenMethodIsNamedAfterIt() {
        String source = """
                class Ui {
                    void start() {
                        button.onClick(new Listener() {
                            public void clicked(Event e) { handle(e); }
                        });
                        int x = ;
                    }
                }
                """;

        List<FunctionInfo> all = JavaFunctions.extract(source);

        assertEquals(List.of("Ui.start", "Ui.start.<anonymous Listener>.clicked"),
                all.stream().map(FunctionInfo::qualifiedName).toList());
        assertFalse(all.get(0).complete());
        assertTrue(all.get(1).complete());
    }

    @Test
    void statementsThatLookLikeHeadersAreNotMethods() {
        String source = """
                class Report {
                    String render(List<Row> rows) {
                        if (rows.isEmpty()) return format("empty");
                        synchronized (lock) { count(rows); }
                        return new StringBuilder(render(rows.subList(1, rows.size()))).toString()
                """;

        List<FunctionInfo> all = JavaFunctions.extract(source);

        assertEquals(List.of("Report.render"), all.stream().map(FunctionInfo::qualifiedName).toList());
    }

    @Test
    void garbageNeverThrows() {
        for (String junk : List.of("}{)(", "class {", "@", "/** unterminated", "\"open string", "void (",
                "((((((((((((((((((((((((((((((((((((((((((((((((((", "\u0000\u0001\u0002", "enum E { A(", "a".repeat(5000))) {
            assertDoesNotThrow(() -> JavaFunctions.extract(junk), junk);
            assertDoesNotThrow(() -> JavaFunctions.at(junk, 1), junk);
        }
    }

    @Test
    void deeplyNestedExpressionsDoNotBreakExtraction() {
        String nested = "class Deep {\n    int f() { return " + "(".repeat(3000) + "1" + ")".repeat(3000) + "; }\n    int g() { return 2; }\n}\n";

        List<FunctionInfo> all = assertDoesNotThrow(() -> JavaFunctions.extract(nested));

        assertTrue(all.stream().anyMatch(f -> f.name().equals("g")), all.toString());
    }

    @Test
    void atFindsTheUnfinishedMethodUnderTheCursor() {
        String source = "class A {\n    void done() {}\n    int todo(String s) {\n        return s.length(\n";

        FunctionInfo at = JavaFunctions.at(source, 4);

        assertEquals("A.todo", at.qualifiedName());
        assertFalse(at.complete());
        assertNull(at.docstring());
    }
}
