package ai.stagesense.codeintel.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The line-weight functions weigh statements the way the hand-labelling rules do (RULES.md, section 1). */
class LineWeightFunctionsTest {

    private static final Map<String, LabelingFunction> BY_NAME = LabelingFunctions.all().stream()
            .collect(Collectors.toMap(LabelingFunction::name, Function.identity()));

    /** The single lf_lines_* function that fires, as its stage; null when none does. */
    private static Stage linesVote(String source, String... masked) {
        return linesVote(CellContext.NONE, source, masked);
    }

    private static Stage linesVote(CellContext context, String source, String... masked) {
        CellFeatures cell = new CellFeatures(source, List.of(masked), context);
        Stage found = null;
        for (Stage stage : Stage.values()) {
            Stage vote = BY_NAME.get("lf_lines_" + stage.id()).vote(cell);
            if (vote != null) {
                assertEquals(stage, vote);
                assertNull(found, "two line-weight functions fired");
                found = vote;
            }
        }
        return found;
    }

    @Test
    void oneFunctionPerStage() {
        for (Stage stage : Stage.values()) {
            assertEquals(stage, ((StageRule) BY_NAME.get("lf_lines_" + stage.id())).stage());
        }
    }

    @Test
    void aTieGoesToTheLaterStage() {
        assertEquals(Stage.EVALUATE, linesVote("model.fit(X, y)\npreds = model.predict(X_val)\n",
                "var8.fit(var2,var3)", "var10=var8.predict(var5)"));
    }

    @Test
    void twoLinesOutweighOne() {
        assertEquals(Stage.TRAIN, linesVote("""
                km = KMeans(n_clusters=3)
                km.fit(X)
                labels = km.predict(X)
                """, "var10=sklearn.cluster.KMeans", "var10.fit(var2)", "var11=var10.predict(var2)"));
    }

    @Test
    void peeksAndUsedImportsWeighNothing() {
        assertEquals(Stage.LOAD, linesVote("""
                import pandas as pd
                df = pd.read_csv('train.csv')
                print(df.shape)
                df.head()
                """, "import_pandas", "var0=pandas.read_csv", "print(var0.shape)", "var0.head"));
    }

    @Test
    void importsTheCellDoesNotUseWeighAsSetUp() {
        // RULES.md 1.3: pandas enables the read; seaborn, pyplot and re are the section's set-up.
        assertEquals(Stage.IMPORTS, linesVote("""
                import pandas as pd
                import seaborn as sns
                import matplotlib.pyplot as plt
                import re
                df = pd.read_csv('train.csv')
                """, "import_pandas", "import_seaborn", "import_matplotlib.pyplot", "import_re",
                "var0=pandas.read_csv"));
    }

    @Test
    void anImportUsedInsideANestedCallIsUsed() {
        // The masked line keeps only the outer call (Pipeline); the source shows StandardScaler is used too.
        assertEquals(Stage.TRAIN, linesVote("""
                from sklearn.preprocessing import StandardScaler
                from sklearn.pipeline import Pipeline
                pipe = Pipeline([('scale', StandardScaler()), ('model', model)])
                """, "import_sklearn.preprocessing.StandardScaler", "import_sklearn.pipeline.Pipeline",
                "var10=sklearn.pipeline.Pipeline"));
    }

    @Test
    void shapingASubmissionIsPartOfWritingIt() {
        assertEquals(Stage.EVALUATE, linesVote("""
                sub = pd.DataFrame({'id': test['id']})
                sub['target'] = preds.round().astype(int)
                sub['id'] = sub['id'].astype(str)
                sub.to_csv('submission.csv', index=False)
                """, "var10=pandas.DataFrame", "var10[]=preds.round.astype", "var10[]=var10[].astype",
                "var10.to_csv"));
    }

    @Test
    void reshapingEarlierPredictionsIsEvaluation() {
        String source = "pred_x = pred_x.round().astype(int)\npred_y = pred_y.round().astype(int)\n";
        String[] masked = {"var12=var12.round.astype", "var13=var13.round.astype"};
        CellContext afterPredicting = new CellContext(true, Set.of(ValueKind.PREDICTIONS));
        assertEquals(Stage.EVALUATE, linesVote(afterPredicting, source, masked));
        assertEquals(Stage.PREPARE, linesVote(new CellContext(true, Set.of()), source, masked));
    }

    @Test
    void aModelHandedToAHelperIsBeingEvaluated() {
        assertEquals(Stage.EVALUATE, linesVote("""
                knn = KNeighborsRegressor(n_neighbors=10)
                knn_fit = knn.fit(X_train, y_train)
                visualize_model(knn_fit, X_train, y_train)
                plot_residuals(knn_fit, X_val, y_val)
                """, "var10=KNeighborsRegressor", "var11=var10.fit(var4,var6)", "visualize_model(var11,var4,var6)",
                "plot_residuals(var11,var5,var7)"));
    }

    @Test
    void plotsInAModellingCellShowTheModel() {
        assertEquals(Stage.EVALUATE, linesVote("""
                km = KMeans(n_clusters=2)
                y_km = km.fit_predict(X)
                plt.scatter(X[y_km == 0, 0], X[y_km == 0, 1])
                plt.scatter(X[y_km == 1, 0], X[y_km == 1, 1])
                plt.title('Customers')
                plt.show()
                """, "var10=sklearn.cluster.KMeans", "var11=var10.fit_predict(var2)",
                "matplotlib.pyplot.scatter(var2[],var2[])", "matplotlib.pyplot.scatter(var2[],var2[])",
                "matplotlib.pyplot.title", "matplotlib.pyplot.show"));
    }

    @Test
    void plotDecorationWeighsNothing() {
        // Two cleaning statements against one plot: its title, labels and show() do not add to the plot's weight.
        assertEquals(Stage.PREPARE, linesVote("""
                df['x'] = df['x'].fillna(0)
                df = df.dropna()
                plt.hist(df['y'])
                plt.xlabel('y')
                plt.ylabel('count')
                plt.title('y')
                plt.show()
                """, "var0[]=var0[].fillna", "var0=var0.dropna", "matplotlib.pyplot.hist(var0[])",
                "matplotlib.pyplot.xlabel", "matplotlib.pyplot.ylabel", "matplotlib.pyplot.title",
                "matplotlib.pyplot.show"));
    }

    @Test
    void noStatementWithAStageMeansNoVote() {
        assertNull(linesVote("x = 1\ny = [1, 2]\n", "var10=<num>", "var11=<list>"));
        assertNull(linesVote("", new String[0]));
    }

    @Test
    void onlyTheFirstStatementsOfAHugeCellAreWeighed() {
        String[] masked = new String[LineWeightFunctions.MAX_STATEMENTS + 400];
        for (int i = 0; i < masked.length; i++) {
            masked[i] = i < LineWeightFunctions.MAX_STATEMENTS ? "var0=var0.dropna" : "var8.fit(var4,var6)";
        }
        assertEquals(Stage.PREPARE, linesVote("", masked));
    }
}
