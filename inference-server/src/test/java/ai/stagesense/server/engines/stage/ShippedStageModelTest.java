package ai.stagesense.server.engines.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ai.stagesense.server.testing.TestServer;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped stage classifier behind {@code /v1/stage}: a cell is read with what the cells before it in the batch
 * made, and the batch is smoothed along the notebook; a lone cell is read on its own.
 */
class ShippedStageModelTest {

    private static final Path SHIPPED = Path.of("").toAbsolutePath().resolve("../models").normalize();

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(SHIPPED);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonArray batch(List<String> cells) throws Exception {
        JsonArray array = new JsonArray();
        cells.forEach(array::add);
        JsonObject body = new JsonObject();
        body.add("cells", array);
        var response = server.post("/v1/stage", body.toString());
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("results");
    }

    private static String single(String cell) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("code", cell);
        var response = server.post("/v1/stage", body.toString());
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject().get("stage").getAsString();
    }

    private static String stage(JsonArray results, int i) {
        return results.get(i).getAsJsonObject().get("stage").getAsString();
    }

    @Test
    void aHeatMapIsExplorationAloneAndEvaluationAfterTheScoresItShows() throws Exception {
        String heatmap = "sns.heatmap(cm, annot=True)\nplt.show()";
        assertEquals("explore", single(heatmap));
        JsonArray results = batch(List.of(
                "model = RandomForestClassifier(n_estimators=200)\nmodel.fit(X_train, y_train)",
                "y_pred = model.predict(X_test)\ncm = confusion_matrix(y_test, y_pred)",
                heatmap));
        assertEquals("evaluate", stage(results, 2));
    }

    @Test
    void aBatchOfOneCellIsAnsweredLikeASingleCell() throws Exception {
        String cell = "df = pd.read_csv('train.csv')";
        JsonArray results = batch(List.of(cell));
        assertEquals(single(cell), stage(results, 0));
        assertNotEquals(0, results.get(0).getAsJsonObject().getAsJsonObject("probabilities").size());
    }
}
