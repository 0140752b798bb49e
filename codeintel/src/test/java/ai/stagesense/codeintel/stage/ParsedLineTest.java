package ai.stagesense.codeintel.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.codeintel.stage.ParsedLine.Kind;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ParsedLineTest {

    @Test
    void importsMagicsShellHelpAndDefinitions() {
        assertEquals(new ParsedLine(Kind.IMPORT, null, null, "sklearn.metrics.accuracy_score"),
                ParsedLine.parse("import_sklearn.metrics.accuracy_score"));
        assertEquals(Kind.MAGIC, ParsedLine.parse("%%time").kind());
        assertEquals("time", ParsedLine.parse("%%time").command());
        assertEquals("pip", ParsedLine.parse("!pip").command());
        assertEquals(Kind.HELP, ParsedLine.parse("var0?").kind());
        assertEquals(new ParsedLine(Kind.DEFINITION, "def", null, "clean"), ParsedLine.parse("def_clean"));
        assertEquals(new ParsedLine(Kind.DEFINITION, "class", null, "Net"), ParsedLine.parse("class_Net"));
        // A user function whose name starts with "import_" is a call, not an import.
        assertEquals(Kind.CODE, ParsedLine.parse("import_data(var0)").kind());
    }

    @Test
    void assignmentsSplitIntoTargetAndExpression() {
        ParsedLine split = ParsedLine.parse("var3,var4=sklearn.model_selection.train_test_split(var1)");
        assertEquals("var3,var4", split.target());
        assertEquals("sklearn.model_selection.train_test_split(var1)", split.expr());
        assertTrue(split.isAssignment());

        assertEquals("var0[]", ParsedLine.parse("var0[]=var0[].fillna").target());
        assertEquals("var9", ParsedLine.parse("var9+=var10").target());
        assertEquals("var10", ParsedLine.parse("var9+=var10").expr());
        assertEquals("<num>", ParsedLine.parse("var0=var1=<num>").expr());
    }

    @Test
    void statementKeywordsAreStripped() {
        ParsedLine loop = ParsedLine.parse("for_var11,var12=var0.iterrows");
        assertEquals("for", loop.keyword());
        assertEquals("var11,var12", loop.target());
        assertEquals("var0.iterrows", loop.expr());
        assertFalse(loop.isAssignment());

        ParsedLine with = ParsedLine.parse("with_torch.no_grad");
        assertEquals("with", with.keyword());
        assertNull(with.target());
        assertEquals("torch.no_grad", with.expr());

        assertEquals("var0.dropna", ParsedLine.parse("return_var0.dropna").expr());
        assertEquals("torch.no_grad", ParsedLine.parse("@torch.no_grad").expr());
        assertEquals(new ParsedLine(Kind.CODE, "try", null, ""), ParsedLine.parse("try"));
    }

    @Test
    void displaysAreBareExpressions() {
        assertTrue(ParsedLine.parse("print(var0.shape)").isDisplay());
        assertTrue(ParsedLine.parse("var0").isDisplay());
        assertFalse(ParsedLine.parse("var0=var1").isDisplay());
        assertFalse(ParsedLine.parse("if_var0.empty").isDisplay());
    }

    @Test
    void overlongLinesAreCut() {
        assertEquals(ParsedLine.MAX_LENGTH, ParsedLine.parse("x".repeat(5 * ParsedLine.MAX_LENGTH)).expr().length());
    }

    @Test
    void patternsMatchWholeSegments() {
        Pattern attr = Patterns.attr("fit");
        assertTrue(attr.matcher("var5.fit(var3,var4)").find());
        assertFalse(attr.matcher("var5.fit_transform(var3)").find());

        Pattern path = Patterns.path("pandas.read_*");
        assertTrue(path.matcher("pandas.read_parquet(var1[])").find());
        assertFalse(path.matcher("var0.pandas.read_csv").find());
        assertFalse(path.matcher("geopandas.read_file").find());

        Pattern symbol = Patterns.symbol("train_test_split");
        assertTrue(symbol.matcher("sklearn.model_selection.train_test_split(var1)").find());
        assertTrue(symbol.matcher("train_test_split(var1)").find());
        assertFalse(symbol.matcher("my_train_test_split(var1)").find());
    }
}
