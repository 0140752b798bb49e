package ai.stagesense.dataset.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Lists input files on the driver, in a stable (sorted) order so that {@code --limit} and everything derived from
 * the order is reproducible. Symbolic links are followed: the default corpora link shared data rather than copying
 * it.
 */
public final class FileLister {

    /** Directories that never hold inputs: caches, VCS metadata, and installed copies of other packages. */
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("__pycache__", ".git", ".hg", ".svn",
            ".ipynb_checkpoints", "node_modules", "site-packages", "dist-packages");

    private FileLister() {
    }

    /** Regular files under {@code root} (or {@code root} itself) whose lower-cased name passes {@code accept}. */
    public static List<Path> list(Path root, Predicate<String> accept, int limit) {
        if (Files.isRegularFile(root)) {
            return accept.test(lower(root)) ? List.of(root) : List.of();
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no such file or directory: " + root);
        }
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            return walk
                    .filter(p -> !inSkippedDirectory(root, p))
                    .filter(Files::isRegularFile)
                    .filter(p -> accept.test(lower(p)))
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString()))
                    .limit(limit)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    public static String relative(Path root, Path file) {
        Path rel = root.equals(file) ? file.getFileName() : root.relativize(file);
        List<String> parts = new ArrayList<>();
        rel.forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    public static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The name a directory or file was given on the command line by (trailing slashes and "." resolved). */
    public static String nameOf(Path root) {
        Path normal = root.toAbsolutePath().normalize();
        return normal.getFileName() == null ? normal.toString() : normal.getFileName().toString();
    }

    private static boolean inSkippedDirectory(Path root, Path p) {
        Path rel = root.relativize(p);
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            if (SKIPPED_DIRECTORIES.contains(rel.getName(i).toString())) {
                return true;
            }
        }
        return false;
    }

    private static String lower(Path p) {
        return p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
