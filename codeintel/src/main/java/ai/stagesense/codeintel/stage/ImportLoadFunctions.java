package ai.stagesense.codeintel.stage;

import static ai.stagesense.codeintel.stage.Stage.IMPORTS;
import static ai.stagesense.codeintel.stage.Stage.LOAD;

import ai.stagesense.codeintel.stage.ParsedLine.Kind;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Labeling functions for the opening stages: setting up the environment and getting data into memory. */
final class ImportLoadFunctions {

    private ImportLoadFunctions() {
    }

    /** Calls that configure the session rather than touch data; they share the opening cell with the imports. */
    private static final Pattern SESSION_CONFIG = Patterns.any(
            Patterns.path("warnings.filterwarnings", "warnings.simplefilter", "pandas.set_option", "pd.set_option",
                    "pandas.options.*", "numpy.random.seed", "np.random.seed", "numpy.set_printoptions",
                    "random.seed", "torch.manual_seed", "torch.cuda.manual_seed*", "torch.device",
                    "tensorflow.random.set_seed", "tf.random.set_seed", "seaborn.set*", "sns.set*",
                    "matplotlib.pyplot.style.use", "plt.style.use", "matplotlib.pyplot.rcParams*",
                    "plt.rcParams*", "matplotlib.rcParams*", "os.environ*", "sys.path.*", "nltk.download",
                    "logging.basicConfig", "tqdm.pandas", "seed_everything", "set_seed"),
            Patterns.attr("__version__"));

    /** Choosing the hardware the notebook runs on: TPU / GPU detection, distribution strategies. */
    private static final Pattern DEVICE_SETUP = Patterns.any(
            Patterns.path("tensorflow.distribute.*", "tf.distribute.*", "tensorflow.tpu.*", "tf.tpu.*",
                    "tensorflow.config.*", "tf.config.*", "torch.cuda.is_available", "os.chdir"),
            Patterns.symbol("TPUClusterResolver", "get_strategy", "experimental_connect_to_cluster"));

    /** Set-up commented out by whoever shared the notebook: {@code # !pip install x}, {@code # %matplotlib inline}. */
    private static final Pattern DISABLED_SETUP = Pattern.compile(
            "^(?:[!%]\\s*(?:pip3?|conda|matplotlib|load_ext|autoreload)\\b|pip install\\b|plt\\.style\\.use\\b"
                    + "|os\\.chdir\\b)");

    private static final Set<String> SETUP_COMMANDS = Set.of(
            "matplotlib", "load_ext", "reload_ext", "autoreload", "config", "env", "pip", "pip3", "conda", "apt",
            "apt-get", "nvidia-smi");

    private static final Set<String> INSTALL_COMMANDS = Set.of("pip", "pip3", "conda", "mamba", "apt", "apt-get");

    private static final Set<String> DOWNLOAD_COMMANDS = Set.of(
            "kaggle", "wget", "curl", "gdown", "unzip", "tar", "7z", "aws", "gsutil", "huggingface-cli");

    private static final Pattern DOWNLOAD_CALL = Patterns.path(
            "urllib.request.urlretrieve", "urllib.request.urlopen", "requests.get", "gdown.download",
            "wget.download", "kaggle.api.*", "opendatasets.download", "huggingface_hub.hf_hub_download",
            "huggingface_hub.snapshot_download", "zipfile.ZipFile", "tarfile.open");

    private static final Pattern LITERAL = Pattern.compile("^<\\w+>$");

    /** A string literal naming a data file; bounded so it stays linear on huge sources. */
    static final Pattern DATA_FILE_LITERAL = Pattern.compile(
            "[\"'][^\"'\\n]{0,300}\\.(?:csv|tsv|parquet|pq|xlsx?|jsonl?|feather|arrow|pkl|pickle|h5|hdf5?|npy|npz"
                    + "|zip|gz|txt|sqlite|db|png|jpe?g)[\"']",
            Pattern.CASE_INSENSITIVE);

    /** Evidence that a cell writes files, in which case its path literals are outputs, not data being loaded. */
    static final Pattern WRITES = Patterns.any(
            Patterns.attr("to_csv", "to_parquet", "to_excel", "to_json", "to_pickle", "to_feather", "to_hdf",
                    "savefig", "save", "save_model", "save_pretrained", "write", "writelines"),
            Patterns.path("numpy.save*", "np.save*", "joblib.dump", "pickle.dump", "torch.save", "json.dump"));

    static final Pattern TO_CSV = Patterns.attr("to_csv");

    private static final Pattern OPEN_CALL = Patterns.path("open", "io.open", "codecs.open", "gzip.open");

    private static final Pattern WRITE_MODE = Pattern.compile(
            "open\\([^)\\n]{0,300}[\"'](?:[wax]b?\\+?|[wax]\\+b?|r\\+b?)[\"']|mode\\s*=\\s*[\"'][wax]");

    static List<StageRule> rules() {
        return List.of(
                new StageRule("lf_imports_only", IMPORTS, cell -> cell.allLines(l -> l.kind() == Kind.IMPORT)),
                // Imports followed by a line or two of setup (warnings.filterwarnings, a seed) is still the import cell.
                new StageRule("lf_imports_dominant", IMPORTS, cell -> {
                    int imports = cell.count(l -> l.kind() == Kind.IMPORT);
                    return imports >= 2 && imports * 3 >= cell.lines().size() * 2;
                }),
                new StageRule("lf_setup_config", IMPORTS, ImportLoadFunctions::setupOnly),
                new StageRule("lf_pip_install", IMPORTS,
                        cell -> cell.commands().stream().anyMatch(INSTALL_COMMANDS::contains)),
                StageRule.code("lf_device_setup", IMPORTS, DEVICE_SETUP),
                // A cell with no code left: what it disabled tells its place in the notebook.
                new StageRule("lf_disabled_setup", IMPORTS, cell -> cell.lines().isEmpty()
                        && cell.comments().stream().anyMatch(c -> DISABLED_SETUP.matcher(c).find())),
                StageRule.comment("lf_comment_imports", IMPORTS,
                        Patterns.words("import", "imports", "importing", "library", "libraries", "packages",
                                "dependencies", "setup", "set up"),
                        // "# import the data" announces loading, not imports.
                        Patterns.words("data", "dataset*", "csv", "file", "files")),

                StageRule.code("lf_read_csv", LOAD, Patterns.symbol("read_csv")),
                StageRule.code("lf_pandas_read_other", LOAD, Patterns.symbol(
                        "read_excel", "read_parquet", "read_json", "read_sql", "read_sql_query", "read_sql_table",
                        "read_table", "read_feather", "read_pickle", "read_hdf", "read_html", "read_fwf",
                        "read_stata", "read_sas", "read_spss", "read_orc", "read_xml")),
                StageRule.code("lf_numpy_load", LOAD, Patterns.path(
                        "numpy.load*", "np.load*", "numpy.genfromtxt", "np.genfromtxt", "numpy.fromfile",
                        "np.fromfile", "numpy.memmap")),
                new StageRule("lf_open_file", LOAD, cell -> cell.anyCode(OPEN_CALL)
                        && !cell.sourceFind(WRITE_MODE) && !cell.anyCode(WRITES)),
                new StageRule("lf_download", LOAD,
                        cell -> cell.commands().stream().anyMatch(DOWNLOAD_COMMANDS::contains)
                                || cell.anyCode(DOWNLOAD_CALL)),
                StageRule.code("lf_dataset_loader", LOAD, Patterns.any(
                        Patterns.path("sklearn.datasets.*", "tensorflow.keras.datasets.*", "keras.datasets.*",
                                "tf.keras.datasets.*", "torchvision.datasets.*", "datasets.load_dataset",
                                "seaborn.load_dataset", "sns.load_dataset", "tensorflow_datasets.load",
                                "tfds.load", "statsmodels.datasets.*", "plotly.express.data.*"),
                        Patterns.symbol("load_iris", "load_digits", "load_wine", "load_breast_cancer",
                                "load_diabetes", "fetch_openml", "fetch_california_housing", "load_dataset",
                                "load_data", "image_dataset_from_directory"))),
                // Masking drops string literals; the path itself says a file is being read.
                new StageRule("lf_data_path_literal", LOAD, cell -> cell.sourceFind(DATA_FILE_LITERAL)
                        && cell.anyLine(l -> l.target() != null) && !cell.anyCode(WRITES)),
                StageRule.code("lf_serialized_load", LOAD, Patterns.path(
                        "json.load", "pickle.load", "joblib.load", "yaml.safe_load", "yaml.load", "h5py.File",
                        "scipy.io.loadmat", "cv2.imread", "PIL.Image.open", "imageio.imread", "skimage.io.imread",
                        "pyarrow.parquet.read_table", "polars.read_*", "pl.read_*", "sqlite3.connect",
                        "sqlalchemy.create_engine")),
                StageRule.code("lf_file_listing", LOAD, Patterns.any(
                        Patterns.path("glob.glob", "glob.iglob", "os.listdir", "os.walk", "os.scandir"),
                        Patterns.attr("rglob", "iterdir"))),
                // spark.read.option(...).csv(...): the reader is configured before the format call.
                StageRule.code("lf_spark_read", LOAD, Pattern.compile(
                        "\\.read(?:Stream)?\\.(?:option|options|format|schema|csv|parquet|json|load|table|text|orc"
                                + "|jdbc)(?!\\w)|\\.read_files(?!\\w)")),
                StageRule.comment("lf_comment_load", LOAD,
                        Pattern.compile("\\b(?:load\\w*|read\\w*|import\\w*|fetch\\w*|download\\w*|ingest\\w*)\\b"
                                + "[^\\n]{0,40}?\\b(?:data|dataset|datasets|files?|csv|tables?|images)\\b"
                                + "|\\bdata loading\\b"),
                        null));
    }

    /**
     * The whole cell is environment setup: imports, setup magics, shell installs, configuration calls and constant
     * definitions, with at least one line that is not an import (pure import cells have their own function).
     */
    private static boolean setupOnly(CellView cell) {
        boolean configures = false;
        for (ParsedLine line : cell.lines()) {
            switch (line.kind()) {
                case IMPORT -> {
                }
                case MAGIC, SHELL -> {
                    if (!SETUP_COMMANDS.contains(line.command())) {
                        return false;
                    }
                    configures = true;
                }
                case CODE -> {
                    if (SESSION_CONFIG.matcher(line.expr()).find()) {
                        configures = true;
                    } else if (!(line.target() != null && LITERAL.matcher(line.expr()).matches())) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return configures;
    }
}
