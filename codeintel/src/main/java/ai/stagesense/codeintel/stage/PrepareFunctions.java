package ai.stagesense.codeintel.stage;

import static ai.stagesense.codeintel.stage.Stage.PREPARE;

import ai.stagesense.codeintel.stage.ParsedLine.Kind;
import java.util.List;
import java.util.regex.Pattern;

/** Labeling functions for preparing data: cleaning, encoding, scaling, feature engineering and splitting. */
final class PrepareFunctions {

    private PrepareFunctions() {
    }

    /**
     * Constructors of objects whose {@code fit} learns a data transformation rather than a model, so that
     * {@code scaler.fit(X)} is not mistaken for training.
     */
    static final Pattern TRANSFORMER = Patterns.any(
            Pattern.compile("(?<!\\w)\\w*(?:Scaler|Encoder|Imputer|Vectorizer|Binarizer|Discretizer|Tokenizer)(?!\\w)"),
            Patterns.symbol("PCA", "TruncatedSVD", "PolynomialFeatures", "Normalizer", "QuantileTransformer",
                    "PowerTransformer", "SelectKBest", "SelectPercentile", "SelectFromModel", "VarianceThreshold",
                    "RFE", "ColumnTransformer"),
            Patterns.path("sklearn.preprocessing.*", "sklearn.impute.*", "sklearn.feature_extraction.*",
                    "sklearn.feature_selection.*", "sklearn.decomposition.*"));

    /** A column (or row selection) on the left of {@code =}: {@code var0[]}, {@code var0.loc[]}. */
    private static final Pattern COLUMN_TARGET = Pattern.compile("var\\d+(?:\\.(?:loc|iloc|at|iat))?\\[\\]");

    private static final Pattern DROP = Patterns.attr(
            "drop", "drop_duplicates", "rename", "reset_index", "set_index");

    private static final Pattern PREDICTION = Patterns.attr("predict", "predict_proba", "predict_classes");

    private static final Pattern PREPROCESS_DEF = Pattern.compile(
            "(?i)(?:^|_)(?:clean|preprocess|prep|prepare|transform|encode|impute|normali[sz]e|tokeni[sz]e|features?"
                    + "|fill|process|engineer)(?:_|$|ing|ed|er)");

    private static final Pattern CROSS_VAL = Patterns.symbol("cross_val_score", "cross_validate", "cross_val_predict");

    /** A list of column names bound to a name that says so: {@code cat_cols = [...]}, {@code FEATURES = [...]}. */
    private static final Pattern FEATURE_LIST = Pattern.compile(
            "(?im)^[ \\t]*\\w*(?:feature|feat|cols|columns|predictors|targets?)\\w*[ \\t]*=[ \\t]*[\\[(]");

    /** Features and target bound in one cell: {@code X = df.drop(...)} and {@code y = df["target"]}. */
    private static final Pattern X_ASSIGNED = Pattern.compile("(?m)^[ \\t]*X(?:_\\w+)?[ \\t]*(?:,[^=\\n]*)?=(?!=)");

    private static final Pattern Y_ASSIGNED = Pattern.compile(
            "(?m)^[ \\t]*(?:y|Y|labels?|target)(?:_\\w+)?[ \\t]*(?:,[^=\\n]*)?=(?!=)|,[ \\t]*(?:y|Y)(?:_\\w+)?[ \\t]*=(?!=)");

    private static final Pattern READS = Patterns.any(
            Patterns.symbol("read_csv", "read_parquet", "read_excel", "read_json", "read_feather", "read_pickle"),
            Patterns.path("numpy.load*", "np.load*"));

    /**
     * Part of an existing table or array bound to a name: {@code X = df.iloc[:, 1:].values}, {@code df17 = df[mask]},
     * {@code labels = titanic.survived.values}.
     */
    private static final Pattern SELECTION = Pattern.compile(
            "^var\\d+(?:\\.\\w+)?(?:\\.(?:loc|iloc))?\\[(?:var\\d+)?\\](?:\\.(?:values|to_numpy|copy))?$"
                    + "|^var\\d+(?:\\.\\w+)?\\.(?:values|to_numpy)$"
                    + "|^(?:sklearn\\.utils\\.)?shuffle\\(var\\d+");

    /** Objects that transform columns, built before anything is fitted: a column transformer, a vectoriser. */
    private static final Pattern TRANSFORMER_OBJECT = Patterns.symbol(
            "make_column_transformer", "make_column_selector", "ColumnTransformer", "DictVectorizer", "FeatureHasher",
            "FunctionTransformer", "FullTokenizer");

    static List<StageRule> rules() {
        return List.of(
                StageRule.code("lf_fillna_dropna", PREPARE, Patterns.any(
                        Patterns.attr("fillna", "dropna", "interpolate", "ffill", "bfill"),
                        Patterns.symbol("SimpleImputer", "KNNImputer", "IterativeImputer"))),
                // Dropping the target inside a scoring call (cross_val_score(m, X=df.drop(...))) is not cleaning.
                new StageRule("lf_drop_columns", PREPARE, cell -> (cell.anyCode(DROP)
                        || cell.anyLine(l -> "del".equals(l.keyword()) && l.expr().startsWith("var")))
                        && !cell.anyCode(TrainEvaluateFunctions.EVALUATION_EVIDENCE) && !cell.anyCode(CROSS_VAL)),
                StageRule.code("lf_type_conversion", PREPARE, Patterns.any(
                        Patterns.attr("astype", "convert_dtypes", "infer_objects"),
                        Patterns.symbol("to_datetime", "to_numeric", "to_timedelta"),
                        Pattern.compile("\\.dt\\.\\w"))),
                StageRule.code("lf_map_apply_replace", PREPARE, Patterns.attr("map", "apply", "applymap", "replace")),
                StageRule.code("lf_encoding", PREPARE, Patterns.any(
                        Pattern.compile("(?<!\\w)\\w*Encoder(?!\\w)|\\.cat\\.codes(?!\\w)"),
                        Patterns.symbol("get_dummies", "factorize", "LabelBinarizer", "MultiLabelBinarizer",
                                "to_categorical"))),
                StageRule.code("lf_scaling", PREPARE, Patterns.any(
                        Pattern.compile("(?<!\\w)\\w*Scaler(?!\\w)"),
                        Patterns.symbol("Normalizer", "QuantileTransformer", "PowerTransformer", "PolynomialFeatures",
                                "log1p", "boxcox"),
                        Patterns.path("sklearn.preprocessing.normalize", "sklearn.preprocessing.scale"))),
                StageRule.code("lf_fit_transform", PREPARE, Patterns.attr("fit_transform", "transform")),
                // Splitting shapes the data the model will see; no model is involved yet.
                StageRule.code("lf_train_test_split", PREPARE, Patterns.symbol("train_test_split")),
                new StageRule("lf_column_assignment", PREPARE, PrepareFunctions::mostlyColumnAssignments),
                StageRule.code("lf_merge_concat", PREPARE, Patterns.any(
                        Patterns.path("pandas.concat", "pandas.merge", "pd.concat", "pd.merge", "numpy.concatenate",
                                "np.concatenate", "numpy.hstack", "np.hstack", "numpy.vstack", "np.vstack",
                                "numpy.column_stack", "np.column_stack"),
                        Pattern.compile("^var\\d+[\\w.\\[\\]]*?\\.(?:merge|join)(?!\\w)"))),
                StageRule.code("lf_text_preprocess", PREPARE, Patterns.any(
                        Patterns.path("nltk.*", "re.sub", "string.punctuation", "gensim.*"),
                        Patterns.symbol("CountVectorizer", "TfidfVectorizer", "HashingVectorizer", "Tokenizer",
                                "pad_sequences", "word_tokenize", "sent_tokenize", "stopwords", "WordNetLemmatizer",
                                "PorterStemmer", "SnowballStemmer", "texts_to_sequences", "fit_on_texts"),
                        Patterns.attr("lower", "lemmatize", "stem"),
                        Pattern.compile("\\.str\\.\\w"))),
                StageRule.code("lf_data_pipeline", PREPARE, Patterns.any(
                        Patterns.path("torchvision.transforms.*", "transforms.*", "albumentations.*", "A.Compose",
                                "tensorflow.data.*", "tf.data.*"),
                        Patterns.symbol("DataLoader", "TensorDataset", "ImageDataGenerator", "flow_from_directory",
                                "flow_from_dataframe"),
                        Patterns.attr("prefetch"))),
                StageRule.code("lf_resampling", PREPARE, Patterns.symbol(
                        "SMOTE", "ADASYN", "BorderlineSMOTE", "RandomOverSampler", "RandomUnderSampler", "SMOTETomek",
                        "fit_resample", "resample")),
                StageRule.code("lf_feature_selection", PREPARE, Patterns.any(
                        Patterns.symbol("SelectKBest", "SelectPercentile", "RFE", "RFECV", "VarianceThreshold",
                                "SelectFromModel", "PCA", "TruncatedSVD"),
                        Patterns.path("sklearn.feature_selection.*", "sklearn.decomposition.*"))),
                new StageRule("lf_def_preprocess", PREPARE, cell -> cell.anyLine(l -> l.kind() == Kind.DEFINITION
                        && "def".equals(l.keyword()) && PREPROCESS_DEF.matcher(l.expr()).find())),
                // Calling the notebook's own preparation helper: prepare_dataset(train), add_features(df).
                new StageRule("lf_preprocess_call", PREPARE, cell -> cell.code().stream().anyMatch(
                        l -> PREPROCESS_DEF.matcher(calledName(l.expr())).find())),
                new StageRule("lf_feature_lists", PREPARE, cell -> cell.sourceFind(FEATURE_LIST)),
                // X and y read from files (X = np.load(...)) are being loaded, not split off a table.
                new StageRule("lf_features_target", PREPARE, cell -> cell.sourceFind(X_ASSIGNED)
                        && cell.sourceFind(Y_ASSIGNED) && !cell.anyCode(TrainEvaluateFunctions.EVALUATION_EVIDENCE)
                        && !cell.anyCode(READS)),
                StageRule.code("lf_feature_columns", PREPARE, Patterns.path(
                        "tensorflow.feature_column.*", "tf.feature_column.*")),
                // A slice bound to a name shapes the data a later step uses; slicing a model's history does not.
                new StageRule("lf_select_data", PREPARE, cell -> cell.code().stream().anyMatch(
                        l -> l.isAssignment() && l.target().startsWith("var") && SELECTION.matcher(l.expr()).find())
                        && !cell.anyCode(TrainEvaluateFunctions.EVALUATION_EVIDENCE)),
                StageRule.code("lf_transformer_object", PREPARE, TRANSFORMER_OBJECT),
                StageRule.comment("lf_comment_prepare", PREPARE,
                        Patterns.words("preprocess*", "pre-process*", "clean*", "feature engineering", "encod*",
                                "imput*", "scale", "scaling", "normali*", "split*", "transform*", "fill*",
                                "drop*", "convert*", "one-hot", "one hot", "dummy", "dummies", "tokeni*",
                                "augment*", "outlier*"),
                        // Checking for missing values or outliers is exploration.
                        Patterns.words("check*", "look*", "explor*", "visuali*", "how many", "count*")));
    }

    /** The plain function a line calls, {@code prepare_dataset} in {@code var3=prepare_dataset(var1)}; else "". */
    static String calledName(String expr) {
        int open = expr.indexOf('(');
        String callee = open < 0 ? expr : expr.substring(0, open);
        return callee.matches("[A-Za-z_]\\w*") && !callee.startsWith("var") ? callee : "";
    }

    /** Most of the cell creates or overwrites columns: feature engineering. */
    private static boolean mostlyColumnAssignments(CellView cell) {
        int code = 0;
        int columns = 0;
        for (ParsedLine line : cell.code()) {
            code++;
            if (line.isAssignment() && COLUMN_TARGET.matcher(line.target()).matches()) {
                columns++;
            }
        }
        // df["pred"] = model.predict(X) stores predictions: evaluation, not features.
        return columns > 0 && columns * 2 >= code && !cell.anyCode(PREDICTION);
    }
}
