package ai.stagesense.dataset.functions;

import ai.stagesense.dataset.input.FileLister;
import ai.stagesense.dataset.input.InputBytes;
import ai.stagesense.dataset.input.InputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;

/**
 * Lists source files on the driver and names the repository each belongs to; the repository is the split unit of
 * the docstring data.
 *
 * <p>Python: a directory with {@code __init__.py} is one repository; any other directory holds many (like
 * {@code dist-packages} or the standard library), and each top-level package directory or module file in it is
 * one. Java: a source tree is one repository, and so is each {@code -sources.jar}.
 */
public final class SourceTrees {

    private SourceTrees() {
    }

    public static List<InputFile> python(String root, int limit) {
        Path dir = Path.of(root);
        boolean isPackage = Files.isRegularFile(dir.resolve("__init__.py"));
        String name = FileLister.nameOf(dir);
        List<InputFile> out = new ArrayList<>();
        for (Path file : FileLister.list(dir, n -> n.endsWith(".py"), limit)) {
            String relative = FileLister.relative(dir, file);
            if (isPackage) {
                relative = name + "/" + relative;
            }
            out.add(new InputFile(repoOf(relative), file.toString(), null, relative, FileLister.size(file)));
        }
        return out;
    }

    public static List<InputFile> java(String root, int limit) {
        Path path = Path.of(root);
        String name = FileLister.nameOf(path);
        if (Files.isRegularFile(path) && name.toLowerCase(Locale.ROOT).endsWith(".jar")) {
            String repo = name.replaceFirst("(?i)(-sources)?\\.jar$", "");
            try {
                List<InputFile> out = new ArrayList<>();
                for (ZipEntry e : InputBytes.javaEntries(path, limit)) {
                    out.add(new InputFile(repo, path.toString(), e.getName(), e.getName(), e.getSize()));
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
        }
        List<InputFile> out = new ArrayList<>();
        for (Path file : FileLister.list(path, n -> n.endsWith(".java"), limit)) {
            out.add(new InputFile(name, file.toString(), null, FileLister.relative(path, file), FileLister.size(file)));
        }
        return out;
    }

    /** The first path segment: a top-level package directory, or a top-level module without its extension. */
    static String repoOf(String relative) {
        int slash = relative.indexOf('/');
        return slash >= 0 ? relative.substring(0, slash) : relative.replaceFirst("\\.py$", "");
    }
}
