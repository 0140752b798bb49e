package ai.stagesense.codeintel.stage;

import static ai.stagesense.codeintel.stage.Stage.EVALUATE;
import static ai.stagesense.codeintel.stage.Stage.TRAIN;

import ai.stagesense.codeintel.stage.ParsedLine.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Labeling functions for defining and fitting models, and for measuring and using them. */
final class TrainEvaluateFunctions {

    private TrainEvaluateFunctions() {
    }

    private static final Pattern METRIC_CALL = Patterns.any(
            Patterns.path("sklearn.metrics.*", "torchmetrics.*", "evaluate.load"),
            Patterns.symbol("accuracy_score", "balanced_accuracy_score", "f1_score", "fbeta_score",
                    "precision_score", "recall_score", "roc_auc_score", "average_precision_score", "roc_curve",
                    "precision_recall_curve", "auc", "log_loss", "matthews_corrcoef", "cohen_kappa_score",
                    "precision_recall_fscore_support", "mean_squared_error", "mean_absolute_error",
                    "mean_absolute_percentage_error", "mean_squared_log_error", "median_absolute_error", "r2_score",
                    "explained_variance_score", "jaccard_score", "hamming_loss", "top_k_accuracy_score"));

    private static final Pattern CONFUSION_REPORT = Patterns.symbol(
            "confusion_matrix", "multilabel_confusion_matrix", "classification_report", "ConfusionMatrixDisplay",
            "plot_confusion_matrix", "RocCurveDisplay", "PrecisionRecallDisplay");

    static final Pattern PREDICT = Patterns.attr(
            "predict", "predict_proba", "predict_classes", "predict_log_proba", "decision_function");

    private static final Pattern HISTORY = Patterns.attr("history");

    private static final Pattern FEATURE_IMPORTANCE = Patterns.any(
            Patterns.attr("feature_importances_", "coef_", "feature_importance", "get_fscore", "get_score"),
            Patterns.symbol("permutation_importance", "plot_importance", "plot_tree", "partial_dependence",
                    "PartialDependenceDisplay"),
            Patterns.path("shap.*", "eli5.*", "lime.*"));

    /**
     * Anything that shows a model is being judged. The exploration plot functions abstain on it: a heatmap of a
     * confusion matrix or a plot of the loss history is evaluation, not exploration.
     */
    static final Pattern EVALUATION_EVIDENCE = Patterns.any(
            METRIC_CALL, CONFUSION_REPORT, PREDICT, HISTORY, FEATURE_IMPORTANCE);

    static final Pattern MODEL_CONSTRUCTOR = Pattern.compile(
            "(?<!\\w)(?:\\w*(?:Classifier|Regressor|Regression|SVC|SVR|NB|KMeans|Forest)|AdaBoost\\w*"
                    + "|GradientBoosting\\w*|HistGradientBoosting\\w*|XGB\\w*|LGBM\\w*|CatBoost\\w*|Sequential"
                    + "|Ridge|RidgeCV|Lasso|LassoCV|ElasticNet|DBSCAN|Prophet|ARIMA|SARIMAX|ExponentialSmoothing"
                    + "|make_pipeline|Pipeline|AutoModel\\w*)(?!\\w)");

    private static final Pattern NN_LAYERS = Patterns.any(
            // torch.nn.functional is used at inference as much as in models.
            Pattern.compile("(?<![\\w.])torch\\.nn\\.(?!functional(?!\\w))\\w+"),
            Patterns.path("nn.*", "tensorflow.keras.layers.*", "tf.keras.layers.*", "keras.layers.*", "layers.*",
                    "transformers.AutoModelFor*", "timm.create_model"),
            Patterns.symbol("Dense", "Conv1D", "Conv2D", "LSTM", "GRU", "Dropout", "Flatten", "MaxPooling2D",
                    "BatchNormalization", "Embedding"));

    private static final Pattern OPTIMIZER_LOSS = Patterns.any(
            Patterns.path("torch.optim.*", "optim.*", "tensorflow.keras.optimizers.*", "tf.keras.optimizers.*",
                    "keras.optimizers.*", "tensorflow.keras.losses.*", "tf.keras.losses.*", "keras.losses.*",
                    "tensorflow.keras.callbacks.*", "tf.keras.callbacks.*", "keras.callbacks.*"),
            Patterns.symbol("CrossEntropyLoss", "MSELoss", "BCELoss", "BCEWithLogitsLoss", "NLLLoss", "L1Loss",
                    "SmoothL1Loss", "AdamW", "EarlyStopping", "ModelCheckpoint", "ReduceLROnPlateau",
                    "get_linear_schedule_with_warmup", "get_cosine_schedule_with_warmup", "Trainer",
                    "TrainingArguments"));

    private static final Pattern FIT = Pattern.compile("\\.fit(?!\\w)");

    private static final Pattern COMPILE = Patterns.attr("compile");

    private static final Pattern BACKWARD = Patterns.attr("backward", "zero_grad");

    private static final Pattern EVAL_MODE = Patterns.any(
            Pattern.compile("\\.eval(?![\\w(])"),
            Patterns.path("torch.no_grad", "torch.inference_mode"));

    private static final Pattern VARIABLE = Pattern.compile("var\\d+");

    private static final Pattern EPOCHS = Pattern.compile(
            "(?i)[(,]\\s*(?:n_|num_|max_)?epochs\\s*="
                    + "|\\bfor\\s+\\w+\\s+in\\s+(?:range|tqdm|trange)\\(\\s*(?:1\\s*,\\s*)?(?:n_|num_|max_)?epochs\\b"
                    + "|\\bearly_stopping_rounds\\s*=");

    /** The start of a string printed as a label: {@code print(f"Accuracy: ...")}. */
    private static final Pattern PRINTED_LABEL = Pattern.compile(
            "print\\s*\\(\\s*[rRfFbBuU]{0,2}[\"']([^\"'\\n]{0,200})");

    private static final Pattern METRIC_WORD = Pattern.compile(
            "(?i)\\b(?:accuracy|acc|precision|recall|f1|f1-score|auc|roc|roc-auc|rmse|rmsle|mse|mae|mape|r2"
                    + "|r-squared|score|kappa|logloss|log loss|mcc)\\b");

    /** A printed label that mentions training progress belongs to a training loop, whatever metric it shows. */
    private static final Pattern PROGRESS_WORD = Pattern.compile("(?i)\\b(?:epoch|epochs|step|batch|iter\\w*)\\b");

    private static final Pattern SUBMISSION = Pattern.compile("(?i)submi(?:ssion|t)");

    private static final Pattern TRAIN_DEF = Pattern.compile(
            "(?i)^(?:train|fit)(?:_\\w*)?$|^(?:build|create|make|define|get)_\\w*(?:model|net|network|classifier"
                    + "|regressor)$|^run_training$");

    private static final Pattern MODEL_CLASS = Pattern.compile(
            "(?i)(?:net|model|network|classifier|regressor|cnn|rnn|lstm|gru|mlp)$");

    private static final Pattern EVALUATE_DEF = Pattern.compile(
            "(?i)^(?:evaluate|eval|score|predict|validate|test)(?:_\\w*)?$"
                    + "|_(?:metrics?|score|report|accuracy|evaluation)$");

    /** Saving the fitted model ends the modelling (labelling rules: {@code joblib.dump(model)} is evaluation). */
    private static final Pattern MODEL_SAVE = Patterns.any(
            Patterns.path("torch.save", "joblib.dump", "tf.saved_model.save", "tensorflow.saved_model.save"),
            Patterns.attr("save_model", "save_weights"));

    /** Words in a plot's labels that say it shows a model's output or its training history. */
    private static final Pattern MODEL_PLOT_WORDS = Pattern.compile(
            "(?i)[\"'][^\"'\\n]{0,80}?\\b(?:loss|losses|accuracy|acc|predict\\w*|forecast\\w*|residuals?|epochs?"
                    + "|actual|fitted|importance|rmse|mse|mae|auc|roc|score|clusters?|centroids?|errors?"
                    + "|misclassification)\\b");

    private static final Pattern HYPERPARAMETER = Pattern.compile(
            "(?i)\\b(?:n_estimators|learning_rate|max_depth|num_leaves|min_child_\\w+|subsample|colsample_\\w+"
                    + "|reg_alpha|reg_lambda|lambda_l[12]|epochs|num_epochs|n_epochs|batch_size|weight_decay"
                    + "|early_stopping\\w*|num_boost_round|max_iter|hidden_size|hidden_dim|dropout|l2_leaf_reg"
                    + "|n_layers|num_layers|lr|warmup\\w*|max_leaves|min_samples_\\w+|boosting_type|objective)\\b");

    /** A metric or report called anywhere in the source, also inside print(...) whose masked line is just "print". */
    private static final Pattern SCORE_CALL_IN_SOURCE = Pattern.compile(
            "(?<![\\w])(?:accuracy_score|balanced_accuracy_score|f1_score|fbeta_score|precision_score|recall_score"
                    + "|roc_auc_score|average_precision_score|log_loss|matthews_corrcoef|cohen_kappa_score"
                    + "|mean_squared_error|mean_absolute_error|mean_absolute_percentage_error|mean_squared_log_error"
                    + "|r2_score|explained_variance_score|confusion_matrix|classification_report)\\s*\\(");

    /** Names a notebook gives predictions: {@code y_pred}, {@code test_preds}, {@code oof}, {@code y_hat}. */
    private static final Pattern PREDICTION_NAME = Pattern.compile(
            "(?<![\\w.'\"])(?:\\w+_)?(?:preds?|predictions?|predicted|y_?hat|oof|probs|probas?)(?:_\\w+)?(?![\\w(])");

    /** A model written to a model file: {@code model.save('sentiment.h5')}. */
    private static final Pattern MODEL_FILE_SAVE = Pattern.compile(
            "\\.save\\(\\s*[rfRF]?[\"'][^\"'\\n]*\\.(?:h5|keras|pt|pth|pkl|joblib|bin|ckpt|model|cbm|onnx)[\"']");

    private static final Pattern MODEL_SUMMARY = Pattern.compile("\\.summary$");

    private static final Pattern SEARCH_RESULT = Patterns.attr("best_score_", "cv_results_");

    private static final Pattern SEARCH_CHOICE = Patterns.attr("best_params_", "best_estimator_", "best_params",
            "best_trial", "best_iteration");

    static List<StageRule> rules() {
        return List.of(
                new StageRule("lf_fit_call", TRAIN, TrainEvaluateFunctions::fitsModel),
                StageRule.code("lf_model_constructor", TRAIN, MODEL_CONSTRUCTOR),
                StageRule.code("lf_backward_step", TRAIN, BACKWARD),
                StageRule.code("lf_optimizer_loss", TRAIN, OPTIMIZER_LOSS),
                StageRule.code("lf_nn_layers", TRAIN, NN_LAYERS),
                // re.compile and regex.compile build patterns, not models.
                new StageRule("lf_compile_call", TRAIN, cell -> cell.code().stream().anyMatch(
                        l -> COMPILE.matcher(l.expr()).find() && !l.expr().startsWith("re.")
                                && !l.expr().startsWith("regex."))),
                new StageRule("lf_epochs_loop", TRAIN, cell -> cell.sourceFind(EPOCHS)),
                StageRule.code("lf_hyperparam_search", TRAIN, Patterns.any(
                        Patterns.symbol("GridSearchCV", "RandomizedSearchCV", "BayesSearchCV", "HalvingGridSearchCV",
                                "HalvingRandomSearchCV", "create_study"),
                        Patterns.path("optuna.*", "hyperopt.*", "keras_tuner.*", "ray.tune.*"))),
                StageRule.code("lf_kfold_training", TRAIN, Patterns.symbol(
                        "KFold", "StratifiedKFold", "GroupKFold", "StratifiedGroupKFold", "RepeatedKFold",
                        "RepeatedStratifiedKFold", "TimeSeriesSplit", "ShuffleSplit")),
                StageRule.code("lf_boosting_api", TRAIN, Patterns.path(
                        "xgboost.train", "xgboost.cv", "xgboost.DMatrix", "xgb.train", "xgb.cv", "xgb.DMatrix",
                        "lightgbm.train", "lightgbm.cv", "lightgbm.Dataset", "lgb.train", "lgb.cv", "lgb.Dataset",
                        "catboost.Pool", "catboost.cv")),
                new StageRule("lf_def_train", TRAIN, cell -> cell.anyLine(l -> l.kind() == Kind.DEFINITION
                        && ("def".equals(l.keyword()) ? TRAIN_DEF : MODEL_CLASS).matcher(l.expr()).find())),
                StageRule.comment("lf_comment_train", TRAIN,
                        Patterns.words("train", "training", "trained", "fit", "fitting", "model", "models",
                                "modeling", "modelling"),
                        // "train/test split", "evaluate the model", "training data" name other stages.
                        Patterns.words("test", "evaluat*", "predict*", "valid*", "score*", "metric*", "accuracy",
                                "submission", "split*", "import*", "librar*", "load*", "read*", "data", "dataset*",
                                "set", "csv", "save*", "performance", "result*")),

                StageRule.code("lf_metric_call", EVALUATE, METRIC_CALL),
                StageRule.code("lf_confusion_report", EVALUATE, CONFUSION_REPORT),
                StageRule.code("lf_predict_call", EVALUATE, PREDICT),
                StageRule.code("lf_score_evaluate", EVALUATE, Patterns.attr("score", "evaluate", "evaluate_generator")),
                StageRule.code("lf_cross_val_score", EVALUATE, Patterns.symbol(
                        "cross_val_score", "cross_validate", "cross_val_predict")),
                new StageRule("lf_metric_print", EVALUATE, TrainEvaluateFunctions::printsMetric),
                new StageRule("lf_submission_to_csv", EVALUATE, TrainEvaluateFunctions::writesSubmission),
                StageRule.code("lf_history_curves", EVALUATE, HISTORY),
                // Switching to eval mode inside a loop that also back-propagates is validation during training.
                StageRule.code("lf_torch_eval_mode", EVALUATE, EVAL_MODE, BACKWARD),
                StageRule.code("lf_feature_importance", EVALUATE, FEATURE_IMPORTANCE),
                StageRule.comment("lf_comment_evaluate", EVALUATE,
                        Patterns.words("evaluat*", "metric*", "accuracy", "performance", "predict*", "submission",
                                "submit", "result*", "confusion", "roc", "auc", "rmse", "mae", "score*",
                                "feature importance*"),
                        null),
                new StageRule("lf_def_evaluate", EVALUATE, cell -> cell.anyLine(l -> l.kind() == Kind.DEFINITION
                        && "def".equals(l.keyword()) && EVALUATE_DEF.matcher(l.expr()).find())),
                new StageRule("lf_model_save", EVALUATE,
                        cell -> cell.anyCode(MODEL_SAVE) || cell.sourceFind(MODEL_FILE_SAVE)),
                // Fitting and then predicting or scoring in one cell: by the tie rule its result is the evaluation.
                new StageRule("lf_fit_then_predict", EVALUATE, TrainEvaluateFunctions::fitsThenScores),
                new StageRule("lf_model_plot", EVALUATE, TrainEvaluateFunctions::plotsModelOutput),
                // Two or more hyperparameter names (dict keys, keyword arguments, constants) configure training.
                new StageRule("lf_hyperparameters", TRAIN, cell -> countMatches(cell.source(), HYPERPARAMETER, 2) >= 2),
                StageRule.code("lf_search_choice", TRAIN, SEARCH_CHOICE, SEARCH_RESULT),
                StageRule.code("lf_search_results", EVALUATE, SEARCH_RESULT),
                // A loop that fits a model per fold logs its fold scores and predictions: that loop is training.
                new StageRule("lf_score_in_source", EVALUATE,
                        cell -> cell.sourceFind(SCORE_CALL_IN_SOURCE) && !fitsInLoop(cell)),
                new StageRule("lf_prediction_names", EVALUATE,
                        cell -> cell.sourceFind(PREDICTION_NAME) && !fitsInLoop(cell)),
                StageRule.code("lf_model_summary", TRAIN, MODEL_SUMMARY),
                // Calling the notebook's own model builder or trainer: build_model(...), train_model(...).
                new StageRule("lf_train_call", TRAIN, cell -> cell.code().stream().anyMatch(
                        l -> TRAIN_DEF.matcher(PrepareFunctions.calledName(l.expr())).find()
                                && !l.expr().startsWith("train_test_split"))));
    }

    /**
     * A {@code .fit} whose receiver is not a transformer bound in the same cell ({@code scaler = StandardScaler()})
     * or built inline ({@code StandardScaler().fit(X)}).
     */
    static boolean fitsModel(CellView cell) {
        Set<String> transformers = transformerVariables(cell);
        return cell.code().stream().anyMatch(line -> fitsModel(line, transformers));
    }

    /** Variables bound in the cell to a data transformer ({@code scaler = StandardScaler()}). */
    private static Set<String> transformerVariables(CellView cell) {
        Set<String> transformers = new HashSet<>();
        for (ParsedLine line : cell.code()) {
            if (line.isAssignment() && VARIABLE.matcher(line.target()).matches()
                    && PrepareFunctions.TRANSFORMER.matcher(line.expr()).find()) {
                transformers.add(line.target());
            }
        }
        return transformers;
    }

    /** The line calls {@code .fit} on something that is not one of {@code transformers} nor built as one inline. */
    static boolean fitsModel(ParsedLine line, Set<String> transformers) {
        Matcher fit = FIT.matcher(line.expr());
        while (fit.find()) {
            String receiver = receiverChain(line.expr(), fit.start());
            String root = receiver.split("[.\\[(]", 2)[0];
            if (!transformers.contains(root) && !PrepareFunctions.TRANSFORMER.matcher(receiver).find()) {
                return true;
            }
        }
        return false;
    }

    /** A model is fitted inside a for or while loop of the cell (one model per fold or setting). */
    private static boolean fitsInLoop(CellView cell) {
        Set<String> transformers = transformerVariables(cell);
        boolean looped = false;
        for (ParsedLine line : cell.code()) {
            looped |= "for".equals(line.keyword()) || "while".equals(line.keyword());
            if (looped && fitsModel(line, transformers)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A statement that fits a model comes before one that predicts or scores. A fit inside a loop trains one model
     * per fold or setting, and its predictions are out-of-fold bookkeeping, so a loop before the fit abstains.
     */
    private static boolean fitsThenScores(CellView cell) {
        Set<String> transformers = transformerVariables(cell);
        boolean looped = false;
        boolean fitted = false;
        for (ParsedLine line : cell.code()) {
            if (fitted && SCORES.matcher(line.expr()).find()) {
                return true;
            }
            looped |= "for".equals(line.keyword()) || "while".equals(line.keyword());
            if (fitsModel(line, transformers)) {
                if (looped) {
                    return false;
                }
                fitted = true;
            }
        }
        return false;
    }

    /** Calls whose result is a model's score or report. */
    static final Pattern SCORE_CALL = Patterns.any(METRIC_CALL, CONFUSION_REPORT, Patterns.attr("score", "evaluate"),
            Patterns.symbol("cross_val_score", "cross_validate"));

    private static final Pattern SCORES = Patterns.any(PREDICT, METRIC_CALL, CONFUSION_REPORT,
            Patterns.attr("score", "evaluate"));

    /** The cell writes a submission file: building its table is part of using the model (labelling rules). */
    static boolean writesSubmission(CellView cell) {
        return cell.anyCode(ImportLoadFunctions.TO_CSV) && cell.sourceFind(SUBMISSION);
    }

    /** A plot whose titles or labels name a model's output (loss, predictions, importance, clusters found). */
    static boolean plotsModelOutput(CellView cell) {
        return cell.anyCode(ExploreFunctions.PLOT_CALL) && cell.sourceFind(MODEL_PLOT_WORDS);
    }

    /** Occurrences of {@code pattern} in {@code text}, counting stops at {@code max}. */
    private static int countMatches(String text, Pattern pattern, int max) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (n < max && m.find()) {
            n++;
        }
        return n;
    }

    /** The chain that ends at {@code end}, walking back over names, dots and balanced brackets. */
    private static String receiverChain(String expr, int end) {
        int depth = 0;
        int i = end - 1;
        for (; i >= 0; i--) {
            char c = expr.charAt(i);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && !(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                break;
            }
        }
        return expr.substring(i + 1, end);
    }

    private static boolean printsMetric(CellView cell) {
        Matcher label = PRINTED_LABEL.matcher(cell.source());
        while (label.find()) {
            String text = label.group(1);
            if (METRIC_WORD.matcher(text).find() && !PROGRESS_WORD.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
