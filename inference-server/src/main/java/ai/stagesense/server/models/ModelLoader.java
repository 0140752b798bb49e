package ai.stagesense.server.models;

import ai.onnxruntime.OrtSession;
import ai.stagesense.codeintel.stage.Stage;
import ai.stagesense.codeintel.tokens.Vocabulary;
import ai.stagesense.server.engines.EngineSlot;
import ai.stagesense.server.engines.Engines;
import ai.stagesense.server.engines.completion.CompletionEngine;
import ai.stagesense.server.engines.completion.NextLineEngine;
import ai.stagesense.server.engines.completion.NextLineModels;
import ai.stagesense.server.engines.completion.NgramTable;
import ai.stagesense.server.engines.completion.TemplateTable;
import ai.stagesense.server.engines.docstring.GeneratorDocstringEngine;
import ai.stagesense.server.engines.packages.IndexPackageEngine;
import ai.stagesense.server.engines.packages.PackageEngine;
import ai.stagesense.server.engines.seq2seq.Seq2SeqModel;
import ai.stagesense.server.engines.stage.OnnxStageEngine;
import ai.stagesense.server.engines.stage.StageEngine;
import ai.stagesense.server.engines.stage.StageSmoothing;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Startup's model loading: manifest → checksums → ONNX sessions and tables → engines. Which entry feeds which
 * engine follows docs/models.md: {@code stage} (stage-classifier), {@code nextline-*} (seq2seq, one per input stage
 * or {@code "all"}), {@code ngram}, {@code templates}, {@code summary} (seq2seq), {@code packages}
 * (package-index, a Lucene index directory).
 */
public final class ModelLoader {

    static final String STAGE = "stage";
    public static final String NEXTLINE_PREFIX = "nextline-";
    public static final String NGRAM = "ngram";
    static final String TEMPLATES = "templates";
    /** The docstring summariser's manifest entry (eval-docstrings records its metrics there). */
    public static final String SUMMARY = "summary";
    static final String PACKAGES = "packages";

    private final OnnxSessions sessions;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Map<String, ModelStatus> statuses = new HashMap<>();

    private ModelLoader(OnnxSessions sessions) {
        this.sessions = sessions;
    }

    /** @param dir the models directory, or null to start without models (every model endpoint answers 503) */
    public static LoadedModels load(Path dir, OnnxSessions sessions) throws ModelLoadException {
        long started = System.nanoTime();
        Manifest manifest = dir == null ? Manifest.empty() : ManifestReader.read(dir);
        ModelFiles files = dir == null ? null : ModelFiles.verify(dir, manifest);
        ModelLoader loader = new ModelLoader(sessions);
        try {
            Engines engines = loader.engines(manifest, files);
            List<ModelStatus> ordered = manifest.models().stream().map(m -> loader.statuses.get(m.name())).toList();
            return new LoadedModels(engines, ordered, dir, (System.nanoTime() - started) / 1e9,
                    List.copyOf(loader.resources));
        } catch (ModelLoadException | RuntimeException e) {
            new LoadedModels(null, List.of(), dir, 0, loader.resources).close();
            throw e;
        } finally {
            if (files != null) {
                files.release();
            }
        }
    }

    private Engines engines(Manifest manifest, ModelFiles files) throws ModelLoadException {
        Map<String, ManifestEntry> available = files == null ? Map.of() : files.available();
        Map<String, String> absent = files == null ? Map.of() : files.absent();
        for (ManifestEntry entry : manifest.models()) {
            if (absent.containsKey(entry.name())) {
                statuses.put(entry.name(), new ModelStatus(entry, ModelStatus.ABSENT, absent.get(entry.name()), 0));
            }
        }
        StageEngine stage = null;
        Map<String, Seq2SeqModel> perStage = new HashMap<>();
        Seq2SeqModel conditioned = null;
        Seq2SeqModel summary = null;
        boolean summaryLanguageToken = false;
        NgramTable ngrams = null;
        TemplateTable templates = TemplateTable.empty();
        // The package index reads and analyses every catalog record: opened beside the other models, it no longer
        // adds its seconds to the cold start on two cores.
        ManifestEntry packageEntry = available.values().stream()
                .filter(e -> e.name().equals(PACKAGES) && e.kind().equals("package-index")).findFirst().orElse(null);
        PackageIndexLoad packageLoad = packageEntry == null ? null
                : PackageIndexLoad.start(() -> packageEngine(files, packageEntry));
        try {
            for (ManifestEntry entry : available.values()) {
                long t0 = System.nanoTime();
                String name = entry.name();
                if (name.equals(STAGE) && entry.kind().equals("stage-classifier")) {
                    stage = stageEngine(files, entry);
                } else if (name.startsWith(NEXTLINE_PREFIX) && entry.kind().equals("seq2seq")) {
                    Seq2SeqModel model = seq2seq(files, entry, "vocab", "vocab", 48, 24);
                    String forStage = entry.configString("stage", name.substring(NEXTLINE_PREFIX.length()));
                    if (forStage.equals("all")) {
                        conditioned = model;
                    } else {
                        perStage.put(stageId(entry, forStage), model);
                    }
                } else if (name.equals(SUMMARY) && entry.kind().equals("seq2seq")) {
                    summary = seq2seq(files, entry, "src_vocab", "tgt_vocab", 160, 24);
                    summaryLanguageToken = entry.configFlag("language_token");
                } else if (name.equals(NGRAM) && entry.kind().equals("ngram")) {
                    ngrams = table(files, entry, NgramTable::parse);
                } else if (name.equals(TEMPLATES) && entry.kind().equals("templates")) {
                    templates = table(files, entry, TemplateTable::parse);
                } else if (entry == packageEntry) {
                    continue; // loading in the background (packageLoad); its status is recorded when it is joined
                } else {
                    statuses.put(name, new ModelStatus(entry, ModelStatus.UNUSED, "no engine of this server reads a "
                            + entry.kind() + " model named '" + name + "'", (System.nanoTime() - t0) / 1e9));
                    continue;
                }
                statuses.put(name, new ModelStatus(entry, ModelStatus.LOADED, null, (System.nanoTime() - t0) / 1e9));
            }
        } catch (ModelLoadException | RuntimeException e) {
            if (packageLoad != null) {
                packageLoad.discard();
            }
            throw e;
        }
        NextLineModels nextLine = new NextLineModels(perStage, conditioned);
        EngineSlot<CompletionEngine> completion = nextLine.isEmpty() && ngrams == null
                ? EngineSlot.absent(absentReason(absent, manifest.models().stream().map(ManifestEntry::name)
                .filter(n -> n.startsWith(NEXTLINE_PREFIX) || n.equals(NGRAM)).toList(),
                "no next-line model: neither a nextline-* seq2seq model nor the ngram table is in the manifest"))
                : EngineSlot.of(new NextLineEngine(stage, nextLine, ngrams, templates));
        EngineSlot<StageEngine> stageSlot = stage != null ? EngineSlot.of(stage)
                : EngineSlot.absent(absentReason(absent, List.of(STAGE),
                "no stage classifier: the manifest has no 'stage' model"));
        IndexPackageEngine packageEngine = null;
        if (packageLoad != null) {
            packageEngine = packageLoad.join();
            resources.add(packageEngine);
            statuses.put(PACKAGES, new ModelStatus(packageEntry, ModelStatus.LOADED, null, packageLoad.seconds()));
        }
        EngineSlot<PackageEngine> packages = packageEngine != null ? EngineSlot.of(packageEngine)
                : EngineSlot.absent(absentReason(absent, List.of(PACKAGES),
                "no package index: the manifest has no 'packages' model (build one with stagesense build-packages)"));
        return new Engines(stageSlot, completion,
                EngineSlot.of(new GeneratorDocstringEngine(summary, summaryLanguageToken)), packages);
    }

    /** Why an engine is missing: the first of its optional models that is absent, else the general reason. */
    private static String absentReason(Map<String, String> absent, List<String> names, String general) {
        for (String name : names) {
            if (absent.containsKey(name)) {
                return "model '" + name + "': " + absent.get(name);
            }
        }
        return general;
    }

    private static String stageId(ManifestEntry entry, String value) throws ModelLoadException {
        try {
            return Stage.fromId(value).id();
        } catch (IllegalArgumentException e) {
            throw new ModelLoadException("model '" + entry.name() + "': config.stage '" + value
                    + "' is neither a stage nor \"all\"");
        }
    }

    private StageEngine stageEngine(ModelFiles files, ManifestEntry entry) throws ModelLoadException {
        Vocabulary vocabulary = VocabularyFiles.load(files, entry, "vocab");
        OrtSession session = sessions.open(files, entry, "model", OnnxStageEngine.INPUTS, OnnxStageEngine.OUTPUTS);
        List<String> order = new ArrayList<>();
        if (entry.config().has("stages") && entry.config().get("stages").isJsonArray()) {
            for (JsonElement s : entry.config().getAsJsonArray("stages")) {
                order.add(s.getAsString());
            }
        } else {
            Arrays.stream(Stage.values()).forEach(s -> order.add(s.id()));
        }
        StageSmoothing smoothing;
        try {
            smoothing = smoothing(entry, order.size());
        } catch (RuntimeException e) { // any shape Gson cannot read as numbers: wrong types, rows of the wrong length
            OnnxSessions.closeQuietly(session);
            throw new ModelLoadException("model '" + entry.name() + "': config.transitions/smoothing: "
                    + e.getMessage());
        }
        try {
            OnnxStageEngine engine = new OnnxStageEngine(sessions.environment(), session, vocabulary,
                    entry.configInt("max_tokens", 256), order, smoothing);
            resources.add(engine);
            return engine;
        } catch (IllegalArgumentException e) {
            OnnxSessions.closeQuietly(session);
            throw new ModelLoadException("model '" + entry.name() + "': config.stages: " + e.getMessage());
        }
    }

    /** Notebook smoothing from {@code config.transitions} and {@code config.smoothing}; none when either is absent. */
    private static StageSmoothing smoothing(ManifestEntry entry, int stages) {
        JsonObject config = entry.config();
        if (!config.has("transitions") || !config.has("smoothing")) {
            return StageSmoothing.NONE;
        }
        JsonArray rows = config.getAsJsonArray("transitions");
        double[][] matrix = new double[rows.size()][];
        for (int i = 0; i < matrix.length; i++) {
            JsonArray row = rows.get(i).getAsJsonArray();
            matrix[i] = new double[row.size()];
            for (int j = 0; j < matrix[i].length; j++) {
                matrix[i][j] = row.get(j).getAsDouble();
            }
        }
        return StageSmoothing.of(matrix, config.get("smoothing").getAsDouble(), stages);
    }

    /**
     * The index is opened from disk after its files passed the checksum gate (Lucene memory-maps its segments, so
     * unlike the ONNX models it cannot be handed the verified bytes).
     */
    private IndexPackageEngine packageEngine(ModelFiles files, ManifestEntry entry) throws ModelLoadException {
        String directory = entry.configString("directory", PACKAGES);
        Path path = files.dir().resolve(directory).normalize();
        if (!path.startsWith(files.dir().normalize())) {
            throw new ModelLoadException("model '" + entry.name() + "': config.directory '" + directory
                    + "' leaves the models directory");
        }
        try {
            return IndexPackageEngine.open(path);
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException("model '" + entry.name() + "': the package index in " + path
                    + " cannot be opened: " + e.getMessage(), e);
        }
    }

    private Seq2SeqModel seq2seq(ModelFiles files, ManifestEntry entry, String sourceRole, String targetRole,
                                 int defaultMaxSource, int defaultMaxTarget) throws ModelLoadException {
        Vocabulary source = VocabularyFiles.load(files, entry, sourceRole);
        Vocabulary target = sourceRole.equals(targetRole) ? source : VocabularyFiles.load(files, entry, targetRole);
        OrtSession encoder = sessions.open(files, entry, "encoder", Seq2SeqModel.ENCODER_INPUTS,
                Seq2SeqModel.ENCODER_OUTPUTS);
        resources.add(encoder);
        OrtSession decoder = sessions.open(files, entry, "decoder", Seq2SeqModel.DECODER_INPUTS,
                Seq2SeqModel.DECODER_OUTPUTS);
        resources.add(decoder);
        return new Seq2SeqModel(entry.name(), sessions.environment(), encoder, decoder, source, target,
                entry.configInt("max_src", defaultMaxSource), entry.configInt("max_tgt", defaultMaxTarget));
    }

    private interface TableParser<T> {
        T parse(Reader json);
    }

    /** A JSON table, read as a stream (the n-gram table is tens of megabytes); {@code .gz} files are gzip. */
    private static <T> T table(ModelFiles files, ManifestEntry entry, TableParser<T> parser)
            throws ModelLoadException {
        String file = entry.file("model");
        if (file == null) {
            throw new ModelLoadException("model '" + entry.name() + "': no \"model\" file in its manifest entry");
        }
        InputStream bytes = new ByteArrayInputStream(files.bytes(file));
        try (Reader json = new InputStreamReader(file.endsWith(".gz") ? new GZIPInputStream(bytes) : bytes,
                StandardCharsets.UTF_8)) {
            return parser.parse(json);
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException("model '" + entry.name() + "': " + files.path(file) + " is not a valid "
                    + entry.kind() + " table: " + e.getMessage(), e);
        }
    }
}
