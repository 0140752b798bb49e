package ai.stagesense.server.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/** What an editor sends while someone works in a notebook: the requests the latency goals of issue 5 are about. */
final class Scenarios {

    static final List<String> NOTEBOOK = List.of(
            "import pandas as pd\nimport numpy as np\nimport matplotlib.pyplot as plt\n"
                    + "from sklearn.model_selection import train_test_split\n",
            "train = pd.read_csv('../input/train.csv')\ntest = pd.read_csv('../input/test.csv')\n",
            "train.head()\ntrain.describe()\n",
            "train['Age'] = train['Age'].fillna(train['Age'].median())\ntrain = train.drop(['Cabin'], axis=1)\n",
            "X = train.drop('Survived', axis=1)\ny = train['Survived']\n"
                    + "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)\n",
            "from sklearn.ensemble import RandomForestClassifier\nmodel = RandomForestClassifier(n_estimators=100)\n"
                    + "model.fit(X_train, y_train)\n");

    private Scenarios() {
    }

    static List<Scenario> all() {
        JsonObject stage = new JsonObject();
        stage.addProperty("code", NOTEBOOK.get(3));
        JsonObject batch = new JsonObject();
        JsonArray cells = new JsonArray();
        NOTEBOOK.forEach(cells::add);
        batch.add("cells", cells);
        JsonObject typing = complete("from sklearn.metrics import accuracy_score\npred = model.predict(X_test)\nprint(acc",
                NOTEBOOK);
        JsonObject newCell = complete("", NOTEBOOK);
        JsonObject python = new JsonObject();
        python.addProperty("code", "import pandas as pd\n\n\ndef load_frame(path, sep=',', columns=None):\n"
                + "    frame = pd.read_csv(path, sep=sep)\n    if columns is not None:\n"
                + "        frame = frame[columns]\n    if frame.empty:\n        raise ValueError('no rows')\n"
                + "    return frame\n");
        python.addProperty("language", "python");
        python.addProperty("style", "google");
        python.addProperty("line", 5);
        JsonObject java = new JsonObject();
        java.addProperty("code", "public class Stats {\n    public static double mean(double[] values) {\n"
                + "        double sum = 0;\n        for (double v : values) {\n            sum += v;\n        }\n"
                + "        return sum / values.length;\n    }\n}\n");
        java.addProperty("language", "java");
        java.addProperty("style", "javadoc");
        JsonObject search = new JsonObject();
        search.addProperty("query", "fast dataframe library");
        search.addProperty("k", 10);
        JsonObject recommend = new JsonObject();
        JsonArray imports = new JsonArray();
        imports.add("pandas");
        imports.add("sklearn");
        recommend.add("imports", imports);
        recommend.addProperty("k", 10);
        return List.of(
                new Scenario("stage", "POST", "/v1/stage", stage.toString()),
                new Scenario("stage (batch of 6)", "POST", "/v1/stage", batch.toString()),
                new Scenario("complete (typing)", "POST", "/v1/complete", typing.toString()),
                new Scenario("complete (new cell)", "POST", "/v1/complete", newCell.toString()),
                new Scenario("docstring (python)", "POST", "/v1/docstring", python.toString()),
                new Scenario("docstring (java)", "POST", "/v1/docstring", java.toString()),
                new Scenario("packages/similar", "GET", "/v1/packages/similar?name=pandas&k=10", null),
                new Scenario("packages/search", "POST", "/v1/packages/search", search.toString()),
                new Scenario("packages/recommend", "POST", "/v1/packages/recommend", recommend.toString()),
                new Scenario("models", "GET", "/v1/models", null),
                new Scenario("health", "GET", "/v1/health", null));
    }

    private static JsonObject complete(String prefix, List<String> context) {
        JsonObject body = new JsonObject();
        body.addProperty("prefix", prefix);
        body.addProperty("suffix", "");
        JsonArray cells = new JsonArray();
        context.forEach(cells::add);
        body.add("context", cells);
        body.addProperty("language", "python");
        body.addProperty("max_suggestions", 3);
        return body;
    }
}
