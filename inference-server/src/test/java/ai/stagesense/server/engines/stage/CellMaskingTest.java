package ai.stagesense.server.engines.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.codeintel.stage.CellContext;
import ai.stagesense.codeintel.stage.CellFeatures;
import ai.stagesense.codeintel.stage.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellMaskingTest {

    @Test
    void eachCellOfABatchSeesWhatTheCellsBeforeItMade() {
        List<CellFeatures> cells = CellMasking.notebook(List.of(
                "model = LogisticRegression()\nmodel.fit(X, y)",
                "preds = model.predict(X_test)",
                "plt.hist(preds)"));
        assertEquals(CellContext.NONE, cells.get(0).context());
        assertTrue(cells.get(1).context().afterFit());
        assertEquals(java.util.Set.of(ValueKind.PREDICTIONS), cells.get(2).context().reads());
    }

    @Test
    void aLoneCellHasNoContext() {
        assertEquals(CellContext.NONE, CellMasking.notebook(List.of("plt.hist(preds)")).get(0).context());
    }
}
