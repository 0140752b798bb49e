package ai.stagesense.codeintel.stage;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Realistic notebook cells with hand-written masked lines and the stage a person would give them.
 *
 * <p>Masked lines follow docs/masking.md as the masker emits them for a cell that comes after this prelude, so
 * {@code var0}..{@code var9} are the prelude's variables and a cell's new names start at {@code var10}:
 * <pre>
 * import pandas as pd
 * import numpy as np
 * import matplotlib.pyplot as plt
 * import seaborn as sns
 * import torch
 * import torch.nn as nn
 * from sklearn.model_selection import train_test_split, cross_val_score, GridSearchCV, StratifiedKFold
 * from sklearn.preprocessing import StandardScaler
 * from sklearn.ensemble import RandomForestClassifier
 * from sklearn.metrics import accuracy_score, classification_report, confusion_matrix, mean_squared_error
 * train = pd.read_csv("train.csv")                                    # var0
 * test = pd.read_csv("test.csv")                                      # var1
 * X = train.drop("target", axis=1)                                    # var2
 * y = train["target"]                                                 # var3
 * X_train, X_val, y_train, y_val = train_test_split(X, y)             # var4 .. var7
 * model = RandomForestClassifier()                                    # var8
 * history = model.fit(X_train, y_train)                               # var9
 * </pre>
 * Names the prelude does not bind or import (keras, xgb, net, ...) stay as written, as after an unseen cell.
 */
final class StageCorpus {

    private StageCorpus() {
    }

    /**
     * @param mustFire    functions that have to vote {@code stage} on this cell
     * @param mustNotFire functions that would be fooled by a surface feature of this cell
     */
    record Example(String name, Stage stage, String source, List<String> masked, Set<String> mustFire,
                   Set<String> mustNotFire, CellContext context) {

        CellFeatures features() {
            return new CellFeatures(source, masked, context);
        }

        Example notFiring(String... names) {
            return new Example(name, stage, source, masked, mustFire, Set.of(names), context);
        }

        /** The same cell placed after earlier cells that made what {@code earlier} says. */
        Example after(CellContext earlier) {
            return new Example(name, stage, source, masked, mustFire, mustNotFire, earlier);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Example cell(String name, Stage stage, String source, List<String> masked, String... mustFire) {
        return new Example(name, stage, source, masked, Set.of(mustFire), Set.of(), CellContext.NONE);
    }

    static final List<Example> IMPORTS = List.of(
            cell("scientific stack", Stage.IMPORTS, """
                    import numpy as np
                    import pandas as pd
                    import matplotlib.pyplot as plt
                    import seaborn as sns
                    """,
                    List.of("import_numpy", "import_pandas", "import_matplotlib.pyplot", "import_seaborn"),
                    "lf_imports_only", "lf_imports_dominant"),
            cell("sklearn imports under a comment", Stage.IMPORTS, """
                    # Importing the libraries
                    from sklearn.linear_model import LogisticRegression
                    from sklearn.metrics import accuracy_score, f1_score
                    from sklearn.pipeline import make_pipeline
                    """,
                    List.of("import_sklearn.linear_model.LogisticRegression", "import_sklearn.metrics.accuracy_score",
                            "import_sklearn.metrics.f1_score", "import_sklearn.pipeline.make_pipeline"),
                    "lf_imports_only", "lf_comment_imports")
                    .notFiring("lf_metric_call", "lf_model_constructor"),
            cell("warnings, magics and display options", Stage.IMPORTS, """
                    import warnings
                    warnings.filterwarnings('ignore')
                    %matplotlib inline
                    pd.set_option('display.max_columns', None)
                    SEED = 42
                    np.random.seed(SEED)
                    """,
                    List.of("import_warnings", "warnings.filterwarnings", "%matplotlib", "pandas.set_option",
                            "var10=<num>", "numpy.random.seed(var10)"),
                    "lf_setup_config")
                    .notFiring("lf_plot_call"),
            cell("pip install", Stage.IMPORTS, """
                    !pip install -q lightgbm==4.3.0 catboost
                    """,
                    List.of("!pip"),
                    "lf_pip_install", "lf_setup_config"),
            cell("torch imports with a seed and device", Stage.IMPORTS, """
                    import torch
                    import torch.nn as nn
                    import torch.nn.functional as F
                    from torch.utils.data import DataLoader, TensorDataset
                    torch.manual_seed(0)
                    device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
                    """,
                    List.of("import_torch", "import_torch.nn", "import_torch.nn.functional",
                            "import_torch.utils.data.DataLoader", "import_torch.utils.data.TensorDataset",
                            "torch.manual_seed", "var10=torch.device"),
                    "lf_imports_dominant", "lf_setup_config")
                    .notFiring("lf_nn_layers", "lf_data_pipeline"),
            cell("TPU detection", Stage.IMPORTS, """
                    try:
                        tpu = tf.distribute.cluster_resolver.TPUClusterResolver()
                    except ValueError:
                        tpu = None
                    strategy = tf.distribute.get_strategy()
                    print('replicas:', strategy.num_replicas_in_sync)
                    """,
                    List.of("try", "var10=tf.distribute.cluster_resolver.TPUClusterResolver", "except_ValueError",
                            "var10=<none>", "var11=tf.distribute.get_strategy",
                            "print(var11.num_replicas_in_sync)"),
                    "lf_device_setup"),
            cell("set-up commented out", Stage.IMPORTS, """
                    # !pip install lazypredict
                    # %matplotlib inline
                    """,
                    List.of(),
                    "lf_disabled_setup"));

    static final List<Example> LOAD = List.of(
            cell("read train and test csv", Stage.LOAD, """
                    train = pd.read_csv('../input/titanic/train.csv')
                    test = pd.read_csv('../input/titanic/test.csv')
                    """,
                    List.of("var0=pandas.read_csv", "var1=pandas.read_csv"),
                    "lf_read_csv", "lf_data_path_literal"),
            cell("kaggle download", Stage.LOAD, """
                    !kaggle competitions download -c house-prices-advanced-regression-techniques
                    !unzip -q house-prices-advanced-regression-techniques.zip -d data/
                    """,
                    List.of("!kaggle", "!unzip"),
                    "lf_download")
                    .notFiring("lf_pip_install", "lf_setup_config"),
            cell("config file, then parquet", Stage.LOAD, """
                    # Load the data paths from the config
                    with open('config.json') as f:
                        config = json.load(f)
                    df = pd.read_parquet(config['train_path'])
                    """,
                    List.of("with_var10=open", "var11=json.load(var10)", "var12=pandas.read_parquet(var11[])"),
                    "lf_open_file", "lf_serialized_load", "lf_pandas_read_other", "lf_data_path_literal",
                    "lf_comment_load"),
            cell("numpy arrays", Stage.LOAD, """
                    X = np.load('features.npy')
                    y = np.load('labels.npy')
                    print(X.shape, y.shape)
                    """,
                    List.of("var2=numpy.load", "var3=numpy.load", "print(var2.shape,var3.shape)"),
                    "lf_numpy_load", "lf_data_path_literal"),
            cell("sklearn toy dataset", Stage.LOAD, """
                    from sklearn.datasets import load_breast_cancer
                    data = load_breast_cancer(as_frame=True)
                    df = data.frame
                    """,
                    List.of("import_sklearn.datasets.load_breast_cancer", "var10=sklearn.datasets.load_breast_cancer",
                            "var11=var10.frame"),
                    "lf_dataset_loader"),
            cell("image file listing", Stage.LOAD, """
                    image_paths = glob.glob('/kaggle/input/flowers/*/*.jpg')
                    labels = [p.split('/')[-2] for p in image_paths]
                    len(image_paths), len(labels)
                    """,
                    List.of("var10=glob.glob", "var11=<comp>", "len(var10),len(var11)"),
                    "lf_file_listing", "lf_data_path_literal"),
            cell("spark read", Stage.LOAD, """
                    df = spark.read.option("header", True).csv("s3://bucket/sales/2023/*.csv")
                    """,
                    List.of("var10=spark.read.option.csv"),
                    "lf_spark_read", "lf_data_path_literal")
                    .notFiring("lf_read_csv"));

    static final List<Example> EXPLORE = List.of(
            cell("head", Stage.EXPLORE, """
                    train.head()
                    """,
                    List.of("var0.head"),
                    "lf_head_tail", "lf_display_only"),
            cell("shape, info and describe", Stage.EXPLORE, """
                    print(train.shape)
                    train.info()
                    train.describe()
                    """,
                    List.of("print(var0.shape)", "var0.info", "var0.describe"),
                    "lf_shape_display", "lf_describe_info", "lf_display_only"),
            cell("countplot under an EDA comment", Stage.EXPLORE, """
                    # EDA: how many passengers survived?
                    sns.countplot(x='Survived', data=train)
                    plt.title('Survival counts')
                    plt.show()
                    """,
                    List.of("seaborn.countplot(var0)", "matplotlib.pyplot.title", "matplotlib.pyplot.show"),
                    "lf_plot_call", "lf_comment_eda")
                    .notFiring("lf_comment_prepare"),
            cell("missing values per column", Stage.EXPLORE, """
                    train.isnull().sum().sort_values(ascending=False)
                    """,
                    List.of("var0.isnull.sum.sort_values"),
                    "lf_missing_values", "lf_display_only")
                    .notFiring("lf_fillna_dropna"),
            cell("correlation heatmap", Stage.EXPLORE, """
                    corr = train.corr(numeric_only=True)
                    plt.figure(figsize=(12, 10))
                    sns.heatmap(corr, annot=True, cmap='coolwarm')
                    """,
                    List.of("var10=var0.corr", "matplotlib.pyplot.figure", "seaborn.heatmap(var10)"),
                    "lf_correlation", "lf_plot_call"),
            cell("value counts and a groupby", Stage.EXPLORE, """
                    train['Embarked'].value_counts()
                    train.groupby('Pclass')['Survived'].mean()
                    """,
                    List.of("var0[].value_counts", "var0.groupby[].mean"),
                    "lf_value_counts", "lf_groupby_agg", "lf_display_only"),
            cell("histogram and skewness", Stage.EXPLORE, """
                    train['Fare'].hist(bins=40)
                    print('Skewness:', train['Fare'].skew())
                    """,
                    List.of("var0[].hist", "print(var0[].skew)"),
                    "lf_pandas_plot", "lf_stat_test", "lf_display_only"),
            cell("profile report", Stage.EXPLORE, """
                    from ydata_profiling import ProfileReport
                    profile = ProfileReport(train, title='Titanic', explorative=True)
                    profile.to_notebook_iframe()
                    """,
                    List.of("import_ydata_profiling.ProfileReport", "var10=ydata_profiling.ProfileReport(var0)",
                            "var10.to_notebook_iframe"),
                    "lf_profile_report"));

    static final List<Example> PREPARE = List.of(
            cell("impute and drop columns", Stage.PREPARE, """
                    train['Age'] = train['Age'].fillna(train['Age'].median())
                    train['Embarked'].fillna('S', inplace=True)
                    train.drop(['Cabin', 'Ticket'], axis=1, inplace=True)
                    """,
                    List.of("var0[]=var0[].fillna(var0[].median)", "var0[].fillna", "var0.drop"),
                    "lf_fillna_dropna", "lf_drop_columns"),
            cell("encode categoricals", Stage.PREPARE, """
                    # Encode categorical features
                    train['Sex'] = train['Sex'].map({'male': 0, 'female': 1})
                    train = pd.get_dummies(train, columns=['Embarked'], drop_first=True)
                    train['FamilySize'] = train['SibSp'] + train['Parch'] + 1
                    """,
                    List.of("var0[]=var0[].map", "var0=pandas.get_dummies(var0)", "var0[]=var0[]"),
                    "lf_map_apply_replace", "lf_encoding", "lf_column_assignment", "lf_comment_prepare"),
            cell("features, target and split", Stage.PREPARE, """
                    X = train.drop('Survived', axis=1)
                    y = train['Survived']
                    X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=42, stratify=y)
                    """,
                    List.of("var2=var0.drop", "var3=var0[]",
                            "var4,var5,var6,var7=sklearn.model_selection.train_test_split(var2,var3,var3)"),
                    "lf_drop_columns", "lf_train_test_split"),
            cell("standard scaling", Stage.PREPARE, """
                    scaler = StandardScaler()
                    X_train = scaler.fit_transform(X_train)
                    X_val = scaler.transform(X_val)
                    """,
                    List.of("var10=sklearn.preprocessing.StandardScaler", "var4=var10.fit_transform(var4)",
                            "var5=var10.transform(var5)"),
                    "lf_scaling", "lf_fit_transform")
                    .notFiring("lf_fit_call"),
            cell("text cleaning and tf-idf", Stage.PREPARE, """
                    def clean_text(text):
                        text = text.lower()
                        text = re.sub(r'[^a-z\\s]', '', text)
                        return text

                    train['clean'] = train['review'].apply(clean_text)
                    vectorizer = TfidfVectorizer(max_features=5000, stop_words='english')
                    X = vectorizer.fit_transform(train['clean'])
                    """,
                    List.of("def_clean_text", "var10=var10.lower", "var10=re.sub(var10)", "return_var10",
                            "var0[]=var0[].apply", "var11=TfidfVectorizer", "var2=var11.fit_transform(var0[])"),
                    "lf_def_preprocess", "lf_text_preprocess", "lf_map_apply_replace", "lf_fit_transform")
                    .notFiring("lf_fit_call"),
            cell("tensor datasets and loaders", Stage.PREPARE, """
                    train_ds = TensorDataset(torch.tensor(X_train, dtype=torch.float32), torch.tensor(y_train.values))
                    train_loader = DataLoader(train_ds, batch_size=64, shuffle=True)
                    """,
                    List.of("var10=TensorDataset", "var11=DataLoader(var10)"),
                    "lf_data_pipeline"),
            cell("merge, dates and dedup", Stage.PREPARE, """
                    df = pd.merge(orders, customers, on='customer_id', how='left')
                    df['order_date'] = pd.to_datetime(df['order_date'])
                    df['month'] = df['order_date'].dt.month
                    df = df.drop_duplicates()
                    """,
                    List.of("var10=pandas.merge", "var10[]=pandas.to_datetime(var10[])", "var10[]=var10[].dt.month",
                            "var10=var10.drop_duplicates"),
                    "lf_merge_concat", "lf_type_conversion", "lf_drop_columns", "lf_column_assignment"),
            cell("oversampling", Stage.PREPARE, """
                    smote = SMOTE(random_state=42)
                    X_res, y_res = smote.fit_resample(X_train, y_train)
                    """,
                    List.of("var10=SMOTE", "var11,var12=var10.fit_resample(var4,var6)"),
                    "lf_resampling")
                    .notFiring("lf_fit_call"),
            cell("univariate feature selection", Stage.PREPARE, """
                    selector = SelectKBest(score_func=f_classif, k=10)
                    X_new = selector.fit_transform(X, y)
                    """,
                    List.of("var10=SelectKBest", "var11=var10.fit_transform(var2,var3)"),
                    "lf_feature_selection", "lf_fit_transform")
                    .notFiring("lf_score_evaluate"),
            cell("the notebook's feature helper applied", Stage.PREPARE, """
                    train = add_features(train)
                    test = add_features(test)
                    """,
                    List.of("var0=add_features(var0)", "var1=add_features(var1)"),
                    "lf_preprocess_call", "lf_lines_prepare"),
            cell("feature name lists", Stage.PREPARE, """
                    cat_cols = ['Sex', 'Embarked']
                    num_cols = ['Age', 'Fare']
                    features = cat_cols + num_cols
                    """,
                    List.of("var10=<list>", "var11=<list>", "var12=var10"),
                    "lf_feature_lists"),
            cell("tensorflow feature columns", Stage.PREPARE, """
                    age = tf.feature_column.numeric_column('Age')
                    feature_columns = [age]
                    """,
                    List.of("var10=tf.feature_column.numeric_column", "var11=<list>"),
                    "lf_feature_columns", "lf_feature_lists"),
            cell("slices bound to names", Stage.PREPARE, """
                    features = train[['Pclass', 'Sex', 'Age']]
                    labels = train.Survived.values
                    """,
                    List.of("var10=var0[]", "var11=var0.Survived.values"),
                    "lf_select_data", "lf_lines_prepare"),
            cell("column transformer", Stage.PREPARE, """
                    preprocess = make_column_transformer(
                        (StandardScaler(), make_column_selector(dtype_include=np.number)),
                        (OneHotEncoder(handle_unknown='ignore'), make_column_selector(dtype_include=object)))
                    """,
                    List.of("var10=make_column_transformer"),
                    "lf_transformer_object"));

    static final List<Example> TRAIN = List.of(
            cell("random forest", Stage.TRAIN, """
                    # Train a random forest baseline
                    model = RandomForestClassifier(n_estimators=200, max_depth=8, random_state=42)
                    model.fit(X_train, y_train)
                    """,
                    List.of("var8=sklearn.ensemble.RandomForestClassifier", "var8.fit(var4,var6)"),
                    "lf_model_constructor", "lf_fit_call", "lf_comment_train"),
            cell("keras sequential", Stage.TRAIN, """
                    model = keras.Sequential([
                        layers.Dense(64, activation='relu', input_shape=(X_train.shape[1],)),
                        layers.Dropout(0.2),
                        layers.Dense(1, activation='sigmoid'),
                    ])
                    model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
                    history = model.fit(X_train, y_train, epochs=20, batch_size=32, validation_split=0.2)
                    """,
                    List.of("var8=keras.Sequential", "var8.compile", "var9=var8.fit(var4,var6)"),
                    "lf_model_constructor", "lf_compile_call", "lf_fit_call", "lf_epochs_loop"),
            cell("torch training loop", Stage.TRAIN, """
                    for epoch in range(num_epochs):
                        net.train()
                        for xb, yb in train_loader:
                            optimizer.zero_grad()
                            loss = criterion(net(xb), yb)
                            loss.backward()
                            optimizer.step()
                        print(f"epoch {epoch}: loss {loss.item():.4f}")
                    """,
                    List.of("for_var10=range", "net.train", "for_var11,var12=train_loader", "optimizer.zero_grad",
                            "var13=criterion(var12)", "var13.backward", "optimizer.step", "print"),
                    "lf_backward_step", "lf_epochs_loop")
                    .notFiring("lf_metric_print", "lf_torch_eval_mode"),
            cell("torch module, loss and optimizer", Stage.TRAIN, """
                    class Net(nn.Module):
                        def __init__(self, n_in):
                            super().__init__()
                            self.fc1 = nn.Linear(n_in, 64)
                            self.fc2 = nn.Linear(64, 2)

                        def forward(self, x):
                            return self.fc2(F.relu(self.fc1(x)))

                    net = Net(X_train.shape[1])
                    criterion = nn.CrossEntropyLoss()
                    optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
                    """,
                    List.of("class_Net", "def___init__", "super.__init__", "var10.fc1=torch.nn.Linear(var11)",
                            "var10.fc2=torch.nn.Linear", "def_forward", "return_var10.fc2", "var13=Net(var4.shape[])",
                            "var14=torch.nn.CrossEntropyLoss", "var15=torch.optim.Adam(var13.parameters)"),
                    "lf_nn_layers", "lf_optimizer_loss", "lf_def_train")
                    .notFiring("lf_column_assignment"),
            cell("grid search", Stage.TRAIN, """
                    param_grid = {'C': [0.1, 1, 10], 'kernel': ['linear', 'rbf']}
                    grid = GridSearchCV(SVC(), param_grid, cv=5, scoring='accuracy')
                    grid.fit(X_train, y_train)
                    print(grid.best_params_)
                    """,
                    List.of("var10=<dict>", "var11=sklearn.model_selection.GridSearchCV(var10)", "var11.fit(var4,var6)",
                            "print(var11.best_params_)"),
                    "lf_hyperparam_search", "lf_fit_call"),
            cell("xgboost native api", Stage.TRAIN, """
                    dtrain = xgb.DMatrix(X_train, label=y_train)
                    dval = xgb.DMatrix(X_val, label=y_val)
                    params = {'objective': 'binary:logistic', 'max_depth': 6, 'eta': 0.1}
                    bst = xgb.train(params, dtrain, num_boost_round=1000, evals=[(dval, 'val')], early_stopping_rounds=50)
                    """,
                    List.of("var10=xgb.DMatrix(var4,var6)", "var11=xgb.DMatrix(var5,var7)", "var12=<dict>",
                            "var13=xgb.train(var12,var10)"),
                    "lf_boosting_api", "lf_epochs_loop"),
            cell("stratified k-fold lightgbm", Stage.TRAIN, """
                    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
                    oof = np.zeros(len(X))
                    for fold, (tr_idx, va_idx) in enumerate(skf.split(X, y)):
                        clf = LGBMClassifier(n_estimators=1000, learning_rate=0.05)
                        clf.fit(X.iloc[tr_idx], y.iloc[tr_idx])
                        oof[va_idx] = clf.predict_proba(X.iloc[va_idx])[:, 1]
                    """,
                    List.of("var10=sklearn.model_selection.StratifiedKFold", "var11=numpy.zeros",
                            "for_var12,var13,var14=enumerate(var10.split(var2,var3))", "var15=LGBMClassifier",
                            "var15.fit(var2.iloc[],var3.iloc[])", "var11[]=var15.predict_proba(var2.iloc[])[]"),
                    "lf_kfold_training", "lf_model_constructor", "lf_fit_call"),
            cell("training-epoch function", Stage.TRAIN, """
                    def train_one_epoch(model, loader, optimizer):
                        model.train()
                        total = 0.0
                        for xb, yb in loader:
                            optimizer.zero_grad()
                            loss = F.cross_entropy(model(xb), yb)
                            loss.backward()
                            optimizer.step()
                            total += loss.item()
                        return total / len(loader)
                    """,
                    List.of("def_train_one_epoch", "var8.train", "var12=<num>", "for_var13,var14=var10",
                            "var11.zero_grad", "var15=F.cross_entropy(var8(var13),var14)", "var15.backward",
                            "var11.step", "var12+=var15.item", "return_var12"),
                    "lf_def_train", "lf_backward_step"),
            cell("boosting parameters", Stage.TRAIN, """
                    params = {'objective': 'binary', 'learning_rate': 0.05, 'num_leaves': 31, 'n_estimators': 2000}
                    """,
                    List.of("var10=<dict>"),
                    "lf_hyperparameters"),
            cell("best parameters of a search", Stage.TRAIN, """
                    print(grid.best_params_)
                    """,
                    List.of("print(var11.best_params_)"),
                    "lf_search_choice", "lf_lines_train")
                    .notFiring("lf_display_only", "lf_search_results"),
            cell("keras model summary", Stage.TRAIN, """
                    net = keras.Sequential([keras.layers.Dense(64, activation='relu'), keras.layers.Dense(1)])
                    net.summary()
                    """,
                    List.of("var10=keras.Sequential", "var10.summary"),
                    "lf_model_constructor", "lf_model_summary"),
            cell("the notebook's model builder", Stage.TRAIN, """
                    net = build_model(bert_layer, max_len=160)
                    net.summary()
                    """,
                    List.of("var10=build_model", "var10.summary"),
                    "lf_train_call", "lf_model_summary"));

    static final List<Example> EVALUATE = List.of(
            cell("accuracy and report", Stage.EVALUATE, """
                    # Evaluate on the validation set
                    y_pred = model.predict(X_val)
                    print(f"Accuracy: {accuracy_score(y_val, y_pred):.3f}")
                    print(classification_report(y_val, y_pred))
                    """,
                    List.of("var10=var8.predict(var5)", "print", "print"),
                    "lf_predict_call", "lf_metric_print", "lf_comment_evaluate")
                    .notFiring("lf_comment_train"),
            cell("confusion matrix heatmap", Stage.EVALUATE, """
                    cm = confusion_matrix(y_val, y_pred)
                    sns.heatmap(cm, annot=True, fmt='d', cmap='Blues')
                    plt.xlabel('Predicted')
                    plt.ylabel('Actual')
                    """,
                    List.of("var10=sklearn.metrics.confusion_matrix(var7)", "seaborn.heatmap(var10)",
                            "matplotlib.pyplot.xlabel", "matplotlib.pyplot.ylabel"),
                    "lf_confusion_report", "lf_metric_call")
                    .notFiring("lf_plot_call"),
            cell("validation rmse", Stage.EVALUATE, """
                    preds = model.predict(X_val)
                    rmse = np.sqrt(mean_squared_error(y_val, preds))
                    print('Validation RMSE:', rmse)
                    """,
                    List.of("var10=var8.predict(var5)", "var11=numpy.sqrt", "print(var11)"),
                    "lf_predict_call", "lf_metric_print"),
            cell("submission file", Stage.EVALUATE, """
                    test_preds = model.predict(test[features])
                    submission = pd.DataFrame({'PassengerId': test['PassengerId'], 'Survived': test_preds})
                    submission.to_csv('submission.csv', index=False)
                    """,
                    List.of("var10=var8.predict(var1[])", "var11=pandas.DataFrame", "var11.to_csv"),
                    "lf_predict_call", "lf_submission_to_csv")
                    .notFiring("lf_data_path_literal", "lf_read_csv"),
            cell("learning curves and keras evaluate", Stage.EVALUATE, """
                    plt.plot(history.history['loss'], label='train')
                    plt.plot(history.history['val_loss'], label='validation')
                    plt.legend()
                    test_loss, test_acc = model.evaluate(X_val, y_val)
                    """,
                    List.of("matplotlib.pyplot.plot(var9.history[])", "matplotlib.pyplot.plot(var9.history[])",
                            "matplotlib.pyplot.legend", "var10,var11=var8.evaluate(var5,var7)"),
                    "lf_history_curves", "lf_score_evaluate")
                    .notFiring("lf_plot_call"),
            cell("cross-validated auc", Stage.EVALUATE, """
                    scores = cross_val_score(model, X, y, cv=5, scoring='roc_auc')
                    print(f"CV ROC-AUC: {scores.mean():.3f} +/- {scores.std():.3f}")
                    """,
                    List.of("var10=sklearn.model_selection.cross_val_score(var8,var2,var3)", "print"),
                    "lf_cross_val_score", "lf_metric_print"),
            cell("torch validation accuracy", Stage.EVALUATE, """
                    net.eval()
                    correct = 0
                    with torch.no_grad():
                        for xb, yb in val_loader:
                            preds = net(xb).argmax(dim=1)
                            correct += (preds == yb).sum().item()
                    print(f"val accuracy: {correct / len(val_ds):.3f}")
                    """,
                    List.of("net.eval", "var10=<num>", "with_torch.no_grad", "for_var11,var12=val_loader",
                            "var13=net(var11).argmax", "var10+=var13.sum.item", "print"),
                    "lf_torch_eval_mode", "lf_metric_print"),
            cell("feature importances", Stage.EVALUATE, """
                    importances = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
                    importances.head(15).plot(kind='barh', figsize=(8, 6))
                    """,
                    List.of("var10=pandas.Series(var8.feature_importances_,var2.columns).sort_values",
                            "var10.head.plot"),
                    "lf_feature_importance")
                    .notFiring("lf_pandas_plot", "lf_head_tail"),
            cell("evaluation function", Stage.EVALUATE, """
                    def evaluate(clf, X, y):
                        preds = clf.predict(X)
                        return {'f1': f1_score(y, preds), 'auc': roc_auc_score(y, clf.predict_proba(X)[:, 1])}
                    """,
                    List.of("def_evaluate", "var11=var10.predict(var2)", "return"),
                    "lf_def_evaluate", "lf_predict_call"),
            cell("fit then predict", Stage.EVALUATE, """
                    model.fit(X_train, y_train)
                    preds = model.predict(X_val)
                    """,
                    List.of("var8.fit(var4,var6)", "var10=var8.predict(var5)"),
                    "lf_fit_then_predict", "lf_predict_call", "lf_lines_evaluate"),
            cell("predicted against actual", Stage.EVALUATE, """
                    plt.scatter(y_val, preds)
                    plt.xlabel('Actual')
                    plt.ylabel('Predicted')
                    """,
                    List.of("matplotlib.pyplot.scatter(var7,var10)", "matplotlib.pyplot.xlabel",
                            "matplotlib.pyplot.ylabel"),
                    "lf_model_plot", "lf_lines_evaluate")
                    .notFiring("lf_plot_call", "lf_lines_explore"),
            cell("save the fitted model", Stage.EVALUATE, """
                    joblib.dump(model, 'model.pkl')
                    """,
                    List.of("joblib.dump(var8)"),
                    "lf_model_save", "lf_lines_evaluate"),
            cell("search results table", Stage.EVALUATE, """
                    results = pd.DataFrame(grid.cv_results_)
                    results[['params', 'mean_test_score']].sort_values('mean_test_score')
                    """,
                    List.of("var12=pandas.DataFrame(var11.cv_results_)", "var12[].sort_values"),
                    "lf_search_results", "lf_lines_evaluate")
                    .notFiring("lf_display_only", "lf_search_choice"),
            cell("heat map of a confusion matrix computed earlier", Stage.EVALUATE, """
                    sns.heatmap(cm, annot=True, fmt='d')
                    plt.show()
                    """,
                    List.of("seaborn.heatmap(var10)", "matplotlib.pyplot.show"),
                    "lf_reads_results")
                    .after(new CellContext(true, Set.of(ValueKind.SCORES))),
            cell("training curves of an earlier fit", Stage.EVALUATE, """
                    plt.plot(history.history['loss'], label='train')
                    plt.plot(history.history['val_loss'], label='validation')
                    plt.legend()
                    """,
                    List.of("matplotlib.pyplot.plot(var9.history[])", "matplotlib.pyplot.plot(var9.history[])",
                            "matplotlib.pyplot.legend"),
                    "lf_reads_fitted", "lf_history_curves")
                    .after(new CellContext(true, Set.of(ValueKind.FITTED))),
            cell("metric inside print", Stage.EVALUATE, """
                    print(roc_auc_score(y_val, val_preds))
                    """,
                    List.of("print"),
                    "lf_score_in_source", "lf_prediction_names")
                    .notFiring("lf_lines_explore", "lf_display_only"),
            cell("save a keras model", Stage.EVALUATE, """
                    net.save('sentiment_analysis.h5')
                    """,
                    List.of("net.save"),
                    "lf_model_save"),
            cell("submission table", Stage.EVALUATE, """
                    submission = pd.DataFrame({'id': test['id']})
                    submission['target'] = test_pred
                    submission.to_csv('submission.csv', index=False)
                    """,
                    List.of("var10=pandas.DataFrame", "var10[]=test_pred", "var10.to_csv"),
                    "lf_submission_to_csv", "lf_prediction_names", "lf_lines_evaluate")
                    .notFiring("lf_lines_prepare"));

    static List<Example> all() {
        return Stream.of(IMPORTS, LOAD, EXPLORE, PREPARE, TRAIN, EVALUATE).flatMap(List::stream).toList();
    }
}
