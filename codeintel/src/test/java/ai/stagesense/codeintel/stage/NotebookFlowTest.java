package ai.stagesense.codeintel.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.codeintel.masking.NotebookMasker;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotebookFlowTest {

    /** Each cell masked in order by one masker and followed by one flow, as the builder and the server do. */
    private static List<CellFeatures> notebook(String... cells) {
        NotebookMasker masker = new NotebookMasker();
        NotebookFlow flow = new NotebookFlow();
        List<CellFeatures> out = new ArrayList<>();
        for (String cell : cells) {
            List<String> masked = masker.mask(cell).masked();
            out.add(new CellFeatures(cell, masked, flow.next(masked)));
        }
        return out;
    }

    private static Stage vote(String function, CellFeatures cell) {
        return LabelingFunctions.all().stream().filter(f -> f.name().equals(function)).findFirst().orElseThrow()
                .vote(cell);
    }

    @Test
    void followsModelsPredictionsAndScoresAcrossCells() {
        List<CellFeatures> cells = notebook(
                "import pandas as pd\nfrom sklearn.ensemble import RandomForestClassifier\n"
                        + "from sklearn.metrics import confusion_matrix\nimport seaborn as sns",
                "df = pd.read_csv('train.csv')",
                "model = RandomForestClassifier(n_estimators=100)",
                "model.fit(X_train, y_train)",
                "preds = model.predict(X_test)",
                "cm = confusion_matrix(y_test, preds)",
                "sns.heatmap(cm, annot=True)");
        assertEquals(new CellContext(false, Set.of()), cells.get(0).context());
        assertEquals(new CellContext(false, Set.of()), cells.get(1).context());
        assertEquals(new CellContext(false, Set.of(ValueKind.MODEL)), cells.get(3).context());
        assertEquals(new CellContext(true, Set.of(ValueKind.MODEL)), cells.get(4).context());
        assertEquals(new CellContext(true, Set.of(ValueKind.PREDICTIONS)), cells.get(5).context());
        assertEquals(new CellContext(true, Set.of(ValueKind.SCORES)), cells.get(6).context());
        assertEquals(List.of("<ctx:after_fit>", "<ctx:reads_scores>"), cells.get(6).context().tokens());
    }

    @Test
    void aPlotOfEarlierResultsIsEvaluationButAPlotOfDataIsNot() {
        List<CellFeatures> cells = notebook(
                "import matplotlib.pyplot as plt",
                "history = net.fit(X, y, epochs=10)",
                "plt.plot(history.history['loss'])\nplt.show()",
                "plt.hist(df['age'])\nplt.show()",
                "preds = net.predict(X_test)",
                "sub['target'] = preds.clip(0, 1)\nsub.to_csv('submission.csv')");
        assertEquals(Stage.EVALUATE, vote("lf_reads_fitted", cells.get(2)));
        assertEquals(null, vote("lf_reads_results", cells.get(3)));
        assertEquals(null, vote("lf_reads_fitted", cells.get(3)));
        assertEquals(Stage.EVALUATE, vote("lf_reads_results", cells.get(5)));
    }

    @Test
    void fittingATransformerIsNotFittingAModelAndRebindingForgets() {
        List<CellFeatures> cells = notebook(
                "scaler = StandardScaler()",
                "scaler.fit(X)",
                "preds = model.predict(X)",
                "preds = preds.round()",
                "print(preds)",
                "preds = pd.read_csv('other.csv')",
                "print(preds)");
        assertFalse(cells.get(2).context().afterFit(), "a fitted scaler is not a fitted model");
        assertTrue(cells.get(4).context().reads(ValueKind.PREDICTIONS), "derived predictions are predictions");
        assertEquals(Set.of(), cells.get(6).context().reads(), "a variable read from a file holds data again");
    }

    @Test
    void aCellThatFitsItselfIsLeftToTheOtherFunctions() {
        List<CellFeatures> cells = notebook("preds = model.predict(X)", "model2 = LinearRegression()\n"
                + "model2.fit(preds.reshape(-1, 1), y)");
        assertTrue(cells.get(1).context().reads(ValueKind.PREDICTIONS));
        assertEquals(null, vote("lf_reads_results", cells.get(1)));
    }

    @Test
    void aLoneCellHasNoContextAndTheContextFunctionsAbstain() {
        CellFeatures lone = CellFeatures.of("sns.heatmap(cm)", "seaborn.heatmap(var0)");
        assertEquals(CellContext.NONE, lone.context());
        assertEquals(null, vote("lf_reads_results", lone));
        assertEquals(StageFeatures.tokens(lone.source(), lone.maskedLines()), StageFeatures.tokens(lone, 1_000));
    }

    @Test
    void contextTokensComeFirstInTheClassifierInput() {
        CellFeatures cell = new CellFeatures("sns.heatmap(cm)", List.of("seaborn.heatmap(var0)"),
                new CellContext(true, Set.of(ValueKind.SCORES)));
        assertEquals(List.of("<ctx:after_fit>", "<ctx:reads_scores>", "seaborn"), StageFeatures.tokens(cell, 3));
    }
}
