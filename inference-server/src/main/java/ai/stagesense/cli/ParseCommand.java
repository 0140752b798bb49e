package ai.stagesense.cli;

import ai.stagesense.codeintel.functions.PythonFunctions;
import ai.stagesense.codeintel.parsing.ParsedPython;
import ai.stagesense.codeintel.parsing.PythonParsing;
import ai.stagesense.grammar.PythonParser;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code stagesense parse FILE [--tree]}: diagnostics, statements and functions of each cell, as JSON. */
final class ParseCommand implements Command {

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public String summary() {
        return "parse a .py or .ipynb file and print diagnostics and functions per cell as JSON";
    }

    @Override
    public String usage() {
        return "FILE [--tree]";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length < 1) {
            throw new UsageException("missing FILE");
        }
        boolean tree = List.of(args).contains("--tree");
        List<Map<String, Object>> cells = new ArrayList<>();
        int index = 0;
        for (String source : SourceFiles.codeCells(args[0])) {
            ParsedPython parsed = PythonParsing.parse(source);
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("index", index++);
            cell.put("ok", parsed.ok());
            cell.put("statements", parsed.tree().statement().size());
            cell.put("diagnostics", parsed.diagnostics());
            cell.put("functions", PythonFunctions.extract(parsed));
            if (tree) {
                cell.put("tree", parsed.tree().toStringTree(new PythonParser(null)));
            }
            cells.add(cell);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", args[0]);
        result.put("cells", cells);
        out.println(Json.PRETTY.toJson(result));
        return 0;
    }
}
