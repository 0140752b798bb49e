package ai.stagesense.server.testing;

import ai.stagesense.codeintel.functions.FunctionCode;
import ai.stagesense.codeintel.functions.FunctionInfo;
import ai.stagesense.codeintel.functions.JavaFunctions;
import ai.stagesense.codeintel.functions.PythonFunctions;
import ai.stagesense.codeintel.masking.LineAbstraction;
import ai.stagesense.codeintel.masking.MaskedCell;
import ai.stagesense.codeintel.masking.MaskedLine;
import ai.stagesense.codeintel.masking.NotebookMasker;
import ai.stagesense.codeintel.notebook.Cell;
import ai.stagesense.codeintel.notebook.Notebook;
import ai.stagesense.codeintel.notebook.NotebookFormatException;
import ai.stagesense.codeintel.notebook.NotebookReader;
import ai.stagesense.codeintel.specificalization.ArgumentTemplate;
import ai.stagesense.codeintel.specificalization.RealizationContext;
import ai.stagesense.codeintel.specificalization.TemplateExtractor;
import ai.stagesense.codeintel.stage.CellFeatures;
import ai.stagesense.codeintel.stage.StageFeatures;
import ai.stagesense.codeintel.tokens.NextLineTokens;
import ai.stagesense.codeintel.tokens.Subtokens;
import ai.stagesense.codeintel.tokens.SummaryTokens;
import ai.stagesense.codeintel.tokens.Vocabulary;
import ai.stagesense.server.engines.stage.RuleStages;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Training data for the test models, featurized by codeintel exactly as the dataset builder does (stage tokens,
 * next-line context and target tokens with {@code <cell>} markers, argument templates, summariser code tokens), from
 * the fixture notebooks and functions under {@code src/test/resources/fixtures}. Stage labels are the labeling
 * functions' majority vote (the fixtures are too few for a label model to matter).
 */
final class FixtureDataset {

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private static final int MAX_CONTEXT = 32;
    private static final int STAGE_MAX_TOKENS = 256;

    private final List<String> cells = new ArrayList<>();
    private final List<String> nextLine = new ArrayList<>();
    private final List<String> docstrings = new ArrayList<>();
    private final List<List<String>> stageSentences = new ArrayList<>();
    private final List<List<String>> nextLineSentences = new ArrayList<>();
    private final List<List<String>> summarySource = new ArrayList<>();
    private final List<List<String>> summaryTarget = new ArrayList<>();

    static Path fixtures() {
        try {
            return Path.of(FixtureDataset.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes cells.jsonl, nextline.jsonl, docstrings.jsonl and the four vocabulary files into {@code dir}. */
    static void write(Path dir) throws IOException {
        FixtureDataset data = new FixtureDataset();
        try (Stream<Path> files = Files.list(fixtures().resolve("notebooks"))) {
            for (Path file : files.sorted().toList()) {
                try {
                    data.addNotebook(NotebookReader.read(file));
                } catch (NotebookFormatException e) {
                    throw new IOException("fixture " + file + " is not a notebook: " + e.getMessage(), e);
                }
            }
        }
        try (Stream<Path> files = Files.list(fixtures().resolve("functions"))) {
            for (Path file : files.sorted().toList()) {
                String code = Files.readString(file, StandardCharsets.UTF_8);
                boolean java = file.toString().endsWith(".java");
                data.addFunctions(java ? JavaFunctions.extract(code) : PythonFunctions.extract(code));
            }
        }
        Files.createDirectories(dir);
        Files.write(dir.resolve("cells.jsonl"), data.cells, StandardCharsets.UTF_8);
        Files.write(dir.resolve("nextline.jsonl"), data.nextLine, StandardCharsets.UTF_8);
        Files.write(dir.resolve("docstrings.jsonl"), data.docstrings, StandardCharsets.UTF_8);
        Vocabulary.build(data.stageSentences, 1, 4000).save(dir.resolve("stage.vocab"));
        Vocabulary.build(data.nextLineSentences, 1, 4000).save(dir.resolve("nextline.vocab"));
        Vocabulary.build(data.summarySource, 1, 4000).save(dir.resolve("summary-src.vocab"));
        Vocabulary.build(data.summaryTarget, 1, 4000).save(dir.resolve("summary-tgt.vocab"));
    }

    private void addNotebook(Notebook notebook) {
        NotebookMasker masker = new NotebookMasker();
        Deque<String> history = new ArrayDeque<>();
        for (Cell cell : notebook.codeCells()) {
            MaskedCell masked = masker.mask(cell.source());
            CellFeatures features = new CellFeatures(cell.source(), masked.masked());
            String stage = RuleStages.of(features).id();
            List<String> stageTokens = StageFeatures.tokens(cell.source(), masked.masked(), STAGE_MAX_TOKENS);
            stageSentences.add(stageTokens);
            cells.add(json(Map.of("notebook_id", notebook.id(), "position", cell.index(), "stage", stage,
                    "stage_tokens", stageTokens)));
            if (masked.lines().isEmpty()) {
                continue;
            }
            if (!history.isEmpty()) {
                push(history, Vocabulary.CELL);
            }
            RealizationContext names = new RealizationContext(masker.variables(), masker.aliases(),
                    masker.seen().paths(), masker.seen().columns());
            for (MaskedLine line : masked.lines()) {
                List<String> context = new ArrayList<>(history);
                ArgumentTemplate template = TemplateExtractor.extract(line, names);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("notebook_id", notebook.id());
                row.put("cell_position", cell.index());
                row.put("stage", stage);
                row.put("context", context);
                row.put("context_tokens", NextLineTokens.source(context));
                row.putAll(LineAbstraction.recordFields(context));
                row.put("target", line.masked());
                row.put("target_tokens", NextLineTokens.target(line.masked()));
                row.put("template_key", template == null ? null : template.key());
                row.put("template", template == null ? null : template.template());
                nextLine.add(json(row));
                nextLineSentences.add(NextLineTokens.source(context));
                nextLineSentences.add(NextLineTokens.target(line.masked()));
                push(history, line.masked());
            }
        }
    }

    private void addFunctions(List<FunctionInfo> functions) {
        for (FunctionInfo f : functions) {
            if (f.docstring() == null || f.docstring().summary().isBlank()) {
                continue;
            }
            List<String> code = Subtokens.codeTokens(FunctionCode.of(f));
            List<String> summary = SummaryTokens.tokenize(f.docstring().summary());
            docstrings.add(json(Map.of("language", f.language(), "code_tokens", code, "summary_tokens", summary)));
            summarySource.add(code);
            summaryTarget.add(summary);
        }
    }

    private static void push(Deque<String> history, String entry) {
        history.addLast(entry);
        while (history.size() > MAX_CONTEXT) {
            history.removeFirst();
        }
    }

    private static String json(Map<String, Object> row) {
        return GSON.toJson(row);
    }
}
