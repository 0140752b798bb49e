package ai.stagesense.dataset.packages;

import ai.stagesense.dataset.input.FileLister;
import ai.stagesense.dataset.input.InputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists the catalog inputs on the driver; {@link InputFile#group()} names the catalog kind. */
public final class CatalogFiles {

    private CatalogFiles() {
    }

    public static InputFile single(String path, String kind) {
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no such file: " + path);
        }
        return new InputFile(kind, p.toString(), null, FileLister.nameOf(p), FileLister.size(p));
    }

    /**
     * The metadata files of a site-packages directory: {@code X.dist-info/METADATA}, {@code X.egg-info/PKG-INFO},
     * and {@code X.egg-info} files (distutils installs write PKG-INFO under that name). One level deep, as
     * installers lay them out.
     */
    public static List<InputFile> sitePackages(String dir, int limit) {
        Path root = Path.of(dir);
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no such directory: " + dir);
        }
        List<InputFile> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                Path metadata = name.endsWith(".dist-info") ? entry.resolve("METADATA")
                        : name.endsWith(".egg-info") && Files.isDirectory(entry) ? entry.resolve("PKG-INFO")
                        : name.endsWith(".egg-info") ? entry : null;
                if (metadata != null && Files.isRegularFile(metadata) && out.size() < limit) {
                    out.add(new InputFile(PackageFacts.SITE_PACKAGES, metadata.toString(), null,
                            FileLister.relative(root, metadata), FileLister.size(metadata)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return out;
    }
}
