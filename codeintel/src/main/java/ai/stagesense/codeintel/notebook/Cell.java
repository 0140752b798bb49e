package ai.stagesense.codeintel.notebook;

/**
 * One notebook cell.
 *
 * @param index  position among the notebook's cells, 0-based
 * @param kind   "code", "markdown" or "raw"
 * @param source the cell text, lines joined with '\n'
 */
public record Cell(int index, String kind, String source) {

    public static final String CODE = "code";
    public static final String MARKDOWN = "markdown";
    public static final String RAW = "raw";

    public boolean isCode() {
        return CODE.equals(kind);
    }
}
