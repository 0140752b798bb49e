package ai.stagesense.intellij.core.editor;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the cells of a Jupyter notebook's JSON text (nbformat 4, and the {@code worksheets} of nbformat 3), for
 * editors that expose the file as JSON plus the index of the cell being edited.
 */
public final class IpynbCells {

    private IpynbCells() {
    }

    /** @throws IllegalArgumentException when the text is not a notebook, naming what is missing */
    public static List<NotebookCell> read(String json) {
        JsonObject root;
        try {
            JsonElement element = JsonParser.parseString(json);
            if (!element.isJsonObject()) {
                throw new IllegalArgumentException("not a notebook: the JSON is not an object");
            }
            root = element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not a notebook: " + e.getMessage(), e);
        }
        JsonArray cells = cellsOf(root);
        List<NotebookCell> result = new ArrayList<>(cells.size());
        for (JsonElement element : cells) {
            if (element.isJsonObject()) {
                JsonObject cell = element.getAsJsonObject();
                boolean code = cell.has("cell_type") && "code".equals(cell.get("cell_type").getAsString());
                // nbformat 4 calls it "source", nbformat 3 code cells "input"
                String source = joined(cell.has("source") ? cell.get("source") : cell.get("input"));
                result.add(new NotebookCell(source, code));
            }
        }
        return result;
    }

    private static JsonArray cellsOf(JsonObject root) {
        if (root.has("cells") && root.get("cells").isJsonArray()) {
            return root.getAsJsonArray("cells");
        }
        if (root.has("worksheets") && root.get("worksheets").isJsonArray()) {
            JsonArray all = new JsonArray();
            for (JsonElement sheet : root.getAsJsonArray("worksheets")) {
                if (sheet.isJsonObject() && sheet.getAsJsonObject().has("cells")) {
                    all.addAll(sheet.getAsJsonObject().getAsJsonArray("cells"));
                }
            }
            return all;
        }
        throw new IllegalArgumentException("not a notebook: no \"cells\" array");
    }

    /** Source is either one string or a list of lines that already carry their newlines. */
    private static String joined(JsonElement source) {
        if (source == null || source.isJsonNull()) {
            return "";
        }
        if (source.isJsonArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonElement line : source.getAsJsonArray()) {
                text.append(line.getAsString());
            }
            return text.toString();
        }
        return source.getAsString();
    }
}
