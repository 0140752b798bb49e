package ai.stagesense.codeintel.docstring;

import java.util.List;

/** Reads the structure of an existing docstring in one style, and edits the line that names an entry. */
interface DocLayout {

    DocOutline outline(List<String> lines);

    /** The entry's naming line with one name replaced, the rest of the line (type, human text) unchanged. */
    String rename(String line, String oldName, String newName);

    /**
     * The naming line without one of several names ({@code x, y : int} → {@code x : int}); null when the name is
     * the entry's only one, meaning the entry goes.
     */
    default String removeName(String line, String name) {
        return null;
    }
}
