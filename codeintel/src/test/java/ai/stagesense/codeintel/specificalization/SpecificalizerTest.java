package ai.stagesense.codeintel.specificalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.codeintel.masking.MaskedCell;
import ai.stagesense.codeintel.masking.NotebookMasker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecificalizerTest {

    private static final RealizationContext CONTEXT = new RealizationContext(
            Map.of("var0", "df", "var1", "train_df"),
            Map.of("pd", "pandas", "train_test_split", "sklearn.model_selection.train_test_split"),
            List.of("../input/titanic/train.csv"), List.of("Age", "Sex"));

    @Test
    void usesTheUsersNamesAndAliases() {
        assertEquals("train_df.head()", Specificalizer.realize("var1.head", null, CONTEXT));
        assertEquals("df.shape", Specificalizer.realize("var0.shape", null, CONTEXT));
        assertEquals("df2 = pd.read_csv(\"../input/titanic/train.csv\")",
                Specificalizer.realize("var2=pandas.read_csv", "$1 = pandas.read_csv(${path})", CONTEXT));
        assertEquals("X_train, X_test, y_train, y_test = train_test_split(df, test_size=0.2)",
                Specificalizer.realize("var2,var3,var4,var5=sklearn.model_selection.train_test_split(var0)",
                        "$1, $2, $3, $4 = sklearn.model_selection.train_test_split($5, test_size=0.2)", CONTEXT));
        assertEquals("df.groupby(\"Age\").mean()",
                Specificalizer.realize("var0.groupby.mean", "$1.groupby(${col}).mean()", CONTEXT));
    }

    @Test
    void defaultRenderingWithoutATemplate() {
        assertEquals("df.isnull().sum()", Specificalizer.realize("var0.isnull.sum", null, CONTEXT));
        assertEquals("df[\"Age\"].fillna()", Specificalizer.realize("var0[].fillna", null, CONTEXT));
        assertEquals("numpy.random.seed()", Specificalizer.realize("numpy.random.seed", null, CONTEXT),
                "a module the user never imported keeps its full path");
        assertEquals("for idx, row in df.iterrows():", Specificalizer.realize("for_var7,var8=var0.iterrows", null,
                CONTEXT));
        assertEquals("model = sklearn.ensemble.RandomForestClassifier()",
                Specificalizer.realize("var9=sklearn.ensemble.RandomForestClassifier", null, CONTEXT));
        assertEquals("import seaborn as sns", Specificalizer.realize("import_seaborn", null, CONTEXT));
        assertEquals("from sklearn.metrics import accuracy_score",
                Specificalizer.realize("import_sklearn.metrics.accuracy_score", null, CONTEXT));
        assertEquals("%matplotlib inline", Specificalizer.realize("%matplotlib", null, CONTEXT));
    }

    @Test
    void templatesAreLearnedFromConcreteLinesWithoutLeakingNames() {
        NotebookMasker masker = new NotebookMasker();
        MaskedCell cell = masker.mask("""
                import pandas as pd
                titanic = pd.read_csv("../input/titanic/train.csv")
                titanic["Age"].fillna(titanic["Age"].median(), inplace=True)
                titanic.drop(columns=[c for c in cols if c != "Age"])
                """);
        RealizationContext context = new RealizationContext(masker.variables(), masker.aliases(),
                masker.seen().paths(), masker.seen().columns());
        ArgumentTemplate load = TemplateExtractor.extract(cell.lines().get(1), context);
        assertEquals("$1=pandas.read_csv", load.key());
        assertEquals("$1 = pandas.read_csv(${path})", load.template());
        ArgumentTemplate fill = TemplateExtractor.extract(cell.lines().get(2), context);
        assertEquals("$1[${col}].fillna($1[${col}].median(), inplace=True)", fill.template());
        assertNull(TemplateExtractor.extract(cell.lines().get(3), new RealizationContext(
                Map.of("var0", "titanic", "var1", "cols"), context.aliases(), List.of(), List.of())),
                "a variable the masked line does not carry would leak into other notebooks");
    }

    @Test
    void aLineIsAimedAtAVariableBySwappingItWithItsFirstOne() {
        assertEquals("var3.head", Specificalizer.aimedAt("var0.head", "var3"));
        assertEquals("var3=var3.drop(var0)", Specificalizer.aimedAt("var0=var0.drop(var3)", "var3"));
        assertEquals("var2.fit(var1)", Specificalizer.aimedAt("var2.fit(var1)", "var2"), "already aimed");
        assertEquals("print(1)", Specificalizer.aimedAt("print(1)", "var2"), "no variable");
    }

    @Test
    void aNewVariableBeingTypedGetsTheTypedName() {
        RealizationContext empty = RealizationContext.empty();
        RealizationContext named = Specificalizer.namingFirstTarget("var4=sklearn.datasets.load_digits", "dig", empty);
        assertEquals("dig = sklearn.datasets.load_digits()",
                Specificalizer.realize("var4=sklearn.datasets.load_digits", null, named));
        RealizationContext known = new RealizationContext(Map.of("var4", "digits"), Map.of(), List.of(), List.of());
        assertSame(known, Specificalizer.namingFirstTarget("var4=var4.copy", "dig", known), "not a new variable");
        assertSame(empty, Specificalizer.namingFirstTarget("print(var4)", "dig", empty), "binds nothing");
        assertSame(empty, Specificalizer.namingFirstTarget("for_var4=range", "dig", empty), "a loop's variable");
        assertSame(empty, Specificalizer.namingFirstTarget("var4=re.sub(var4)", "dig", empty),
                "an update of a variable that must already exist");
    }

    @Test
    void aLineTheNotebookWroteBeforeComesBackAsWritten() {
        RealizationContext context = new RealizationContext(Map.of("var0", "history"), Map.of("plt",
                "matplotlib.pyplot"), List.of(), List.of(), Map.of("matplotlib.pyplot.xlabel", "plt.xlabel('Epoch')"));
        assertEquals("plt.xlabel('Epoch')", Specificalizer.realize("matplotlib.pyplot.xlabel",
                "matplotlib.pyplot.xlabel(${str})", context), "the notebook's own arguments, not the template's");
        assertEquals("plt.ylabel(\"\")", Specificalizer.realize("matplotlib.pyplot.ylabel",
                "matplotlib.pyplot.ylabel(${str})", context));
        RealizationContext named = Specificalizer.namingFirstTarget("var1=numpy.array", "arr", context);
        assertEquals(context.written(), named.written(), "naming a new variable keeps what was written");
    }

    @Test
    void aTemplateIsBalancedWhenItsBracketsAndStringsClose() {
        assertTrue(ArgumentTemplate.isBalanced("$1[${col}] = $1[${col}].fillna(0)"));
        assertTrue(ArgumentTemplate.isBalanced("print(\"(\", ')')"), "brackets inside strings do not count");
        assertFalse(ArgumentTemplate.isBalanced("print(${str}"));
        assertFalse(ArgumentTemplate.isBalanced("x = f(a))("));
        assertFalse(ArgumentTemplate.isBalanced("print('unterminated)"));
    }
}
