package ai.stagesense.codeintel.notebook;

import ai.stagesense.codeintel.notebook.NotebookFormatException.Reason;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Cells of a Jupyter notebook's JSON: nbformat 4 ("cells") and nbformat 3 and older ("worksheets"). */
final class JupyterJson {

    private JupyterJson() {
    }

    static List<Cell> cells(String json, String source) throws NotebookFormatException {
        JsonObject root = parseObject(json, source);
        JsonArray raw = new JsonArray();
        if (root.has("cells")) {
            raw = arrayOrFail(root.get("cells"), "\"cells\" is not a list", source);
        } else if (root.has("worksheets")) {
            for (JsonElement ws : arrayOrFail(root.get("worksheets"), "\"worksheets\" is not a list", source)) {
                if (ws.isJsonObject() && ws.getAsJsonObject().has("cells")) {
                    raw.addAll(arrayOrFail(ws.getAsJsonObject().get("cells"), "worksheet \"cells\" is not a list", source));
                }
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (JsonElement e : raw) {
            if (e.isJsonObject()) {
                Cell cell = cell(e.getAsJsonObject(), cells.size());
                if (cell != null) {
                    cells.add(cell);
                }
            }
        }
        if (cells.isEmpty()) {
            throw new NotebookFormatException(Reason.NO_CELLS, source, root.has("cells") || root.has("worksheets")
                    ? "the cell list is empty" : "neither \"cells\" nor \"worksheets\"");
        }
        return cells;
    }

    /**
     * Gson's default parsing is lenient (single quotes, NaN, comments, unquoted names); a notebook that only parses
     * leniently is not valid JSON and Jupyter would refuse it, so strict mode and a check for trailing data.
     */
    private static JsonObject parseObject(String json, String source) throws NotebookFormatException {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new NotebookFormatException(Reason.NOT_JSON, source, "data after the top-level value");
            }
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new NotebookFormatException(Reason.NOT_JSON, source, e.getMessage(), e);
        }
        if (!root.isJsonObject()) {
            throw new NotebookFormatException(Reason.NO_CELLS, source, "the top-level JSON value is not an object");
        }
        return root.getAsJsonObject();
    }

    private static JsonArray arrayOrFail(JsonElement e, String problem, String source) throws NotebookFormatException {
        if (!e.isJsonArray()) {
            throw new NotebookFormatException(Reason.NO_CELLS, source, problem);
        }
        return e.getAsJsonArray();
    }

    /** Null for cell types Jupyter no longer knows; nbformat 3 heading cells become markdown headings. */
    private static Cell cell(JsonObject o, int index) {
        String type = string(o.get("cell_type"));
        return switch (type) {
            case "code" -> new Cell(index, Cell.CODE, text(o.has("source") ? o.get("source") : o.get("input")));
            case "markdown" -> new Cell(index, Cell.MARKDOWN, text(o.get("source")));
            case "raw" -> new Cell(index, Cell.RAW, text(o.get("source")));
            case "heading" -> new Cell(index, Cell.MARKDOWN, "#".repeat(level(o)) + " " + text(o.get("source")));
            default -> null;
        };
    }

    private static int level(JsonObject o) {
        JsonElement level = o.get("level");
        try {
            return level != null && level.isJsonPrimitive() ? Math.max(1, Math.min(6, level.getAsInt())) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A multiline string is stored either whole or as a list of lines that keep their '\n'. */
    private static String text(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "";
        }
        if (e.isJsonArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonElement line : e.getAsJsonArray()) {
                sb.append(string(line));
            }
            return sb.toString().replace("\r\n", "\n");
        }
        return string(e).replace("\r\n", "\n");
    }

    private static String string(JsonElement e) {
        return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
    }
}
