package ai.stagesense.codeintel.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.codeintel.stage.StageCorpus.Example;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For every stage, realistic cells: the functions that must fire, those that must not, and the majority vote. */
class StageCellsTest {

    private static final Map<String, LabelingFunction> BY_NAME = LabelingFunctions.all().stream()
            .collect(Collectors.toMap(LabelingFunction::name, Function.identity()));

    @Test
    void everyStageHasAtLeastFourCells() {
        for (List<Example> cells : List.of(StageCorpus.IMPORTS, StageCorpus.LOAD, StageCorpus.EXPLORE,
                StageCorpus.PREPARE, StageCorpus.TRAIN, StageCorpus.EVALUATE)) {
            assertTrue(cells.size() >= 4);
            Stage stage = cells.get(0).stage();
            assertTrue(cells.stream().allMatch(c -> c.stage() == stage));
        }
    }

    static Stream<Example> importsCells() {
        return StageCorpus.IMPORTS.stream();
    }

    static Stream<Example> loadCells() {
        return StageCorpus.LOAD.stream();
    }

    static Stream<Example> exploreCells() {
        return StageCorpus.EXPLORE.stream();
    }

    static Stream<Example> prepareCells() {
        return StageCorpus.PREPARE.stream();
    }

    static Stream<Example> trainCells() {
        return StageCorpus.TRAIN.stream();
    }

    static Stream<Example> evaluateCells() {
        return StageCorpus.EVALUATE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("importsCells")
    void imports(Example cell) {
        check(cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loadCells")
    void load(Example cell) {
        check(cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exploreCells")
    void explore(Example cell) {
        check(cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("prepareCells")
    void prepare(Example cell) {
        check(cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trainCells")
    void train(Example cell) {
        check(cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evaluateCells")
    void evaluate(Example cell) {
        check(cell);
    }

    private static void check(Example cell) {
        CellFeatures features = cell.features();
        for (String name : cell.mustFire()) {
            assertTrue(BY_NAME.containsKey(name), "no labeling function " + name);
            assertEquals(cell.stage(), BY_NAME.get(name).vote(features), name);
        }
        for (String name : cell.mustNotFire()) {
            assertTrue(BY_NAME.containsKey(name), "no labeling function " + name);
            assertNull(BY_NAME.get(name).vote(features), name);
        }
        assertEquals(cell.stage(), MajorityVote.of(LabelingFunctions.votes(features)));
    }

    @Test
    void aCellThatMixesStagesGoesToTheBetterSupportedOne() {
        // Fit and predict in one cell, with the score printed: more evidence of evaluation than of training.
        CellFeatures mixed = new CellFeatures("""
                model.fit(X_train, y_train)
                preds = model.predict(X_val)
                print("F1:", f1_score(y_val, preds))
                """, List.of("var8.fit(var4,var6)", "var10=var8.predict(var5)", "print"));
        assertEquals(Stage.EVALUATE, MajorityVote.of(LabelingFunctions.votes(mixed)));
    }

    @Test
    void displayAfterAnInPlaceChangeIsNotExploration() {
        CellFeatures cell = new CellFeatures("""
                train.dropna(subset=['Embarked'], inplace=True)
                train.head()
                """, List.of("var0.dropna", "var0.head"));
        assertNull(BY_NAME.get("lf_head_tail").vote(cell));
        assertNull(BY_NAME.get("lf_display_only").vote(cell));
        assertEquals(Stage.PREPARE, MajorityVote.of(LabelingFunctions.votes(cell)));
    }

    @Test
    void writingAFileIsNotLoadingIt() {
        CellFeatures cell = new CellFeatures("""
                with open('predictions.json', 'w') as fh:
                    json.dump(results, fh)
                """, List.of("with_var10=open", "json.dump(var11)"));
        assertNull(BY_NAME.get("lf_open_file").vote(cell));
        assertNull(BY_NAME.get("lf_data_path_literal").vote(cell));
    }

    @Test
    void regexCompileIsNotModelCompile() {
        CellFeatures cell = CellFeatures.of("pattern = re.compile(r'\\d+')", "var10=re.compile");
        assertNull(BY_NAME.get("lf_compile_call").vote(cell));
    }

    @Test
    void droppingTheTargetInsideAScoringCallIsNotCleaning() {
        CellFeatures cell = new CellFeatures("""
                scores = cross_val_score(RandomForestClassifier(), X=df.drop('class', axis=1).values, y=df['class'])
                print(np.mean(scores))
                """, List.of("var10=sklearn.model_selection.cross_val_score(var0.drop.values,var0[])", "print"));
        assertNull(BY_NAME.get("lf_drop_columns").vote(cell));
        assertEquals(Stage.EVALUATE, MajorityVote.of(LabelingFunctions.votes(cell)));
    }

    @Test
    void aFitInsideALoopIsNotFitThenPredict() {
        CellFeatures cell = new CellFeatures("""
                for fold, (tr, va) in enumerate(kf.split(X)):
                    model.fit(X[tr], y[tr])
                    oof[va] = model.predict(X[va])
                """, List.of("for_var10,var11,var12=enumerate(var13.split(var2))", "var8.fit(var2[],var3[])",
                "var14[]=var8.predict(var2[])"));
        assertNull(BY_NAME.get("lf_fit_then_predict").vote(cell));
    }

    @Test
    void featuresAndTargetReadFromFilesAreLoaded() {
        CellFeatures cell = new CellFeatures("X = np.load('X.npy')\ny = np.load('y.npy')\n",
                List.of("var2=numpy.load", "var3=numpy.load"));
        assertNull(BY_NAME.get("lf_features_target").vote(cell));
    }

    @Test
    void aPlotOfTheLossIsEvaluation() {
        CellFeatures cell = new CellFeatures("""
                plt.plot(train_losses, label='Train Loss')
                plt.plot(val_losses, label='Val Loss')
                plt.legend()
                """, List.of("matplotlib.pyplot.plot(var10)", "matplotlib.pyplot.plot(var11)",
                "matplotlib.pyplot.legend"));
        assertNull(BY_NAME.get("lf_plot_call").vote(cell));
        assertEquals(Stage.EVALUATE, BY_NAME.get("lf_model_plot").vote(cell));
        assertEquals(Stage.EVALUATE, MajorityVote.of(LabelingFunctions.votes(cell)));
    }
}
