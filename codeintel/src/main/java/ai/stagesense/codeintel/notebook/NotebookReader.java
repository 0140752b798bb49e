package ai.stagesense.codeintel.notebook;

import ai.stagesense.codeintel.notebook.NotebookFormatException.Reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads notebooks and notebook-like files into cells: Jupyter {@code .ipynb} (nbformat 4 and 3) and
 * {@code .ipynb.gz}, Python scripts with cell markers ({@code .py}), and reStructuredText with IPython directives
 * ({@code .rst}, {@code .rst.txt}).
 */
public final class NotebookReader {

    private static final List<String> EXTENSIONS = List.of(".ipynb.gz", ".ipynb", ".rst.txt", ".rst", ".py");

    private NotebookReader() {
    }

    /**
     * @throws NotebookFormatException when the file is not a notebook of its kind: binary, not UTF-8, not valid JSON,
     *                                 not gzip, no cells, or an extension this reader does not know
     * @throws IOException             when the file cannot be read at all
     */
    public static Notebook read(Path path) throws IOException, NotebookFormatException {
        String source = path.toString();
        String name = path.getFileName() == null ? source : path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String extension = EXTENSIONS.stream().filter(lower::endsWith).findFirst()
                .orElseThrow(() -> new NotebookFormatException(Reason.UNSUPPORTED_TYPE, source,
                        "expected one of " + EXTENSIONS));
        byte[] bytes = Files.readAllBytes(path);
        if (extension.endsWith(".gz")) {
            bytes = NotebookBytes.gunzip(bytes, source);
        }
        String text = NotebookBytes.decode(bytes, source);
        List<Cell> cells = switch (extension) {
            case ".ipynb.gz", ".ipynb" -> JupyterJson.cells(text, source);
            case ".py" -> PercentScript.cells(text);
            default -> IpythonDirectives.cells(text);
        };
        if (cells.isEmpty()) {
            throw new NotebookFormatException(Reason.NO_CELLS, source, extension.equals(".py")
                    ? "the script is empty" : "no ipython directives");
        }
        return new Notebook(name.substring(0, name.length() - extension.length()), source, cells);
    }

    /** A Jupyter notebook given as JSON text; the result has a null path. */
    public static Notebook readString(String id, String json) throws NotebookFormatException {
        return new Notebook(id, null, JupyterJson.cells(json, id));
    }
}
