package ai.stagesense.cli;

import ai.stagesense.codeintel.notebook.Cell;
import ai.stagesense.codeintel.notebook.Notebook;
import ai.stagesense.codeintel.notebook.NotebookReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads what parse/mask take: a notebook's code cells, or a whole .py file as one cell. */
final class SourceFiles {

    private SourceFiles() {
    }

    static List<String> codeCells(String file) throws Exception {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new UsageException("no such file: " + file);
        }
        String name = path.getFileName().toString();
        if (name.endsWith(".py") && !looksLikePercentScript(path)) {
            return List.of(Files.readString(path, StandardCharsets.UTF_8));
        }
        Notebook notebook = NotebookReader.read(path);
        return notebook.codeCells().stream().map(Cell::source).toList();
    }

    /** A .py with "# %%" markers is a notebook in disguise; its cells are what a user thinks in. */
    private static boolean looksLikePercentScript(Path path) throws java.io.IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        return text.contains("\n# %%") || text.startsWith("# %%");
    }
}
