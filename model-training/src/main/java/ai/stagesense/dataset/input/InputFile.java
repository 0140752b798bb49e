package ai.stagesense.dataset.input;

import java.io.Serializable;

/**
 * One file (or one entry of a jar) to read on an executor.
 *
 * @param group    what the file belongs to: the corpus of a notebook, the repository of a source file
 * @param path     the file on a filesystem every executor sees (a local path, or an NFS mount on a cluster)
 * @param entry    the entry inside the jar at {@code path}, or null for a plain file
 * @param relative the path inside its input root (or jar), '/'-separated: ids and module names derive from it
 * @param size     bytes, as listed
 */
public record InputFile(String group, String path, String entry, String relative, long size) implements Serializable {
}
