package ai.stagesense.cli;

import ai.stagesense.codeintel.masking.MaskedCell;
import ai.stagesense.codeintel.masking.NotebookMasker;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code stagesense mask FILE}: each cell's masked lines and the variable dictionary, as JSON. */
final class MaskCommand implements Command {

    @Override
    public String name() {
        return "mask";
    }

    @Override
    public String summary() {
        return "print each cell's masked lines and variable dictionary as JSON (.py or .ipynb)";
    }

    @Override
    public String usage() {
        return "FILE";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length != 1) {
            throw new UsageException("expected exactly one FILE");
        }
        NotebookMasker masker = new NotebookMasker();
        List<Map<String, Object>> cells = new ArrayList<>();
        int index = 0;
        for (String source : SourceFiles.codeCells(args[0])) {
            MaskedCell masked = masker.mask(source);
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("index", index++);
            cell.put("masked", masked.masked());
            cell.put("lines", masked.lines());
            cell.put("variables", masked.variables());
            cell.put("diagnostics", masked.diagnostics());
            cells.add(cell);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", args[0]);
        result.put("cells", cells);
        result.put("aliases", masker.aliases());
        result.put("paths", masker.seen().paths());
        result.put("columns", masker.seen().columns());
        out.println(Json.PRETTY.toJson(result));
        return 0;
    }
}
