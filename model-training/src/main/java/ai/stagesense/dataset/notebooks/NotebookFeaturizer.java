package ai.stagesense.dataset.notebooks;

import ai.stagesense.codeintel.masking.MaskedCell;
import ai.stagesense.codeintel.masking.MaskedLine;
import ai.stagesense.codeintel.masking.NotebookMasker;
import ai.stagesense.codeintel.parsing.ParsedPython;
import ai.stagesense.codeintel.parsing.PythonParsing;
import ai.stagesense.codeintel.specificalization.ArgumentTemplate;
import ai.stagesense.codeintel.specificalization.RealizationContext;
import ai.stagesense.codeintel.specificalization.TemplateExtractor;
import ai.stagesense.codeintel.stage.CellFeatures;
import ai.stagesense.codeintel.stage.LabelingFunctions;
import ai.stagesense.codeintel.stage.NotebookFlow;
import ai.stagesense.dataset.Counts;
import ai.stagesense.dataset.Splits;
import ai.stagesense.dataset.quality.Python2;
import java.util.ArrayList;
import java.util.List;

/**
 * Masks a notebook's cells in order with one {@link NotebookMasker} (variable numbers carry across cells), follows
 * what each cell makes ({@link NotebookFlow}), votes on each cell with the stage labeling functions, and extracts
 * argument templates. All featurization is codeintel's; this class only sequences it and turns failures into counted
 * reasons.
 */
public final class NotebookFeaturizer {

    private NotebookFeaturizer() {
    }

    public static FeaturizedNotebook featurize(LoadedNotebook notebook) {
        String split = Splits.of(notebook.id());
        Counts counts = new Counts();
        try {
            NotebookMasker masker = new NotebookMasker();
            NotebookFlow flow = new NotebookFlow();
            List<FeaturizedCell> cells = new ArrayList<>();
            List<String> allMasked = new ArrayList<>();
            for (LoadedCell cell : notebook.cells()) {
                ParsedPython parsed = PythonParsing.parse(cell.source());
                if (!parsed.ok()) {
                    if (Python2.looksLikePython2(cell.source())) {
                        return skipped(notebook, split, "python2");
                    }
                    counts.add("cells/with_syntax_errors");
                }
                MaskedCell masked = masker.mask(parsed);
                RealizationContext context = new RealizationContext(masker.variables(), masker.aliases(),
                        masker.seen().paths(), masker.seen().columns());
                List<FeaturizedLine> lines = new ArrayList<>();
                for (MaskedLine line : masked.lines()) {
                    lines.add(featurize(line, context, counts));
                }
                CellFeatures features = new CellFeatures(cell.source(), masked.masked(), flow.next(masked.masked()));
                cells.add(new FeaturizedCell(cell.position(), cell.source(), List.copyOf(lines),
                        masked.variables(), features.context(), LabelingFunctions.votes(features)));
                allMasked.addAll(masked.masked());
            }
            return new FeaturizedNotebook(notebook.id(), notebook.corpus(), split, List.copyOf(cells),
                    ImportNames.inOrder(allMasked), null, counts);
        } catch (RuntimeException | StackOverflowError e) {
            return skipped(notebook, split, "featurization_failed");
        }
    }

    /** A template is optional data: a statement the extractor cannot handle still makes a next-line pair. */
    private static FeaturizedLine featurize(MaskedLine line, RealizationContext context, Counts counts) {
        ArgumentTemplate template;
        try {
            template = TemplateExtractor.extract(line, context);
        } catch (RuntimeException e) {
            counts.add("nextline/template_failed");
            template = null;
        }
        return new FeaturizedLine(line.masked(), line.concrete(),
                template == null ? null : template.key(), template == null ? null : template.template());
    }

    private static FeaturizedNotebook skipped(LoadedNotebook notebook, String split, String reason) {
        Counts counts = new Counts().add("notebooks/skipped/" + reason)
                .add("notebooks/skipped_by_corpus/" + notebook.corpus() + "/" + reason);
        return new FeaturizedNotebook(notebook.id(), notebook.corpus(), split, List.of(), List.of(), reason, counts);
    }
}
