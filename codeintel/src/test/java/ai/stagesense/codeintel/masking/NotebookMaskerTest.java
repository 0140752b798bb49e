package ai.stagesense.codeintel.masking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotebookMaskerTest {

    @Test
    void theResearchExampleMasksAsDocumented() {
        List<MaskedCell> cells = NotebookMasker.maskAll(List.of(
                "import pandas as pd",
                "df = pd.read_csv(\"a.csv\")\ndf.head()"));
        assertEquals(List.of("import_pandas"), cells.get(0).masked());
        assertEquals(List.of("var0=pandas.read_csv", "var0.head"), cells.get(1).masked());
        assertEquals(Map.of("var0", "df"), cells.get(1).variables());
    }

    @Test
    void variableNumbersAreStableAcrossCells() {
        NotebookMasker masker = new NotebookMasker();
        masker.mask("train = pd.read_csv('train.csv')\ntest = pd.read_csv('test.csv')");
        MaskedCell later = masker.mask("test.head()\ntrain.describe()");
        assertEquals(List.of("var1.head", "var0.describe"), later.masked());
        assertEquals(List.of("train.csv", "test.csv"), masker.seen().paths());
    }

    @Test
    void aliasesResolveToModulePathsAndChainsKeepVariables() {
        NotebookMasker masker = new NotebookMasker();
        MaskedCell cell = masker.mask("""
                from sklearn.model_selection import train_test_split
                import seaborn as sns
                X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)
                sns.heatmap(X_train.corr(), annot=True)
                X_train["age"].fillna(0).astype(int)
                """);
        assertEquals(List.of(
                "import_sklearn.model_selection.train_test_split",
                "import_seaborn",
                "var0,var1,var2,var3=sklearn.model_selection.train_test_split",
                "seaborn.heatmap(var0.corr)",
                "var0[].fillna.astype"), cell.masked());
        assertEquals(List.of("age"), masker.seen().columns(), "string subscripts of variables are columns");
        assertEquals("sklearn.model_selection.train_test_split", masker.aliases().get("train_test_split"));
    }

    @Test
    void magicsAndBrokenCodeNeverStopMasking() {
        MaskedCell cell = new NotebookMasker().mask("%matplotlib inline\n!pip install xgboost\nimport os\ndf.groupby(");
        assertEquals(List.of("%matplotlib", "!pip", "import_os", "df.groupby"), cell.masked());
        assertFalse(cell.diagnostics().isEmpty());
        MaskedCell opaque = new NotebookMasker().mask("%%bash\nls -la | wc -l\n");
        assertEquals(List.of("%%bash"), opaque.masked());
    }

    @Test
    void compoundStatementsEmitHeadersAndBodies() {
        MaskedCell cell = new NotebookMasker().mask("""
                for col in df.columns:
                    if df[col].dtype == object:
                        df[col] = df[col].astype("category")
                with open(path) as fh:
                    rows = fh.readlines()
                """);
        assertEquals(List.of("for_var0=df.columns", "if_df[].dtype", "df[]=df[].astype", "with_var1=open",
                "var2=var1.readlines"), cell.masked());
        assertTrue(cell.lines().get(0).concrete().startsWith("for col in df.columns"));
        assertEquals(4, cell.lines().get(3).line());
    }
}
