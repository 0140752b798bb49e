package ai.stagesense.dataset.packages;

import ai.stagesense.dataset.Counts;
import ai.stagesense.dataset.input.InputFile;
import ai.stagesense.dataset.input.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads one catalog file on an executor into package facts. Never throws; problems are counted. */
public final class CatalogReader {

    /** The facts of one catalog file and what reading it counted. */
    public record Batch(List<PackageFacts> facts, Counts counts) implements java.io.Serializable {
    }

    private CatalogReader() {
    }

    public static Batch read(InputFile file) {
        Counts counts = new Counts().add("packages/catalog_files/" + file.group());
        try {
            String text = text(Path.of(file.path()));
            if (text == null) {
                return new Batch(List.of(), counts.add("packages/skipped/not_utf8"));
            }
            List<PackageFacts> facts = switch (file.group()) {
                case PackageFacts.PYPI -> PypiCatalog.parse(text, counts);
                case PackageFacts.DEBIAN -> Deb822Catalog.parse(text, counts);
                default -> sitePackage(Path.of(file.path()), text, counts);
            };
            counts.add("packages/facts/" + file.group(), facts.size());
            return new Batch(facts, counts);
        } catch (IOException e) {
            return new Batch(List.of(), counts.add("packages/skipped/io_error"));
        } catch (RuntimeException e) {
            return new Batch(List.of(), counts.add("packages/skipped/parse_failed"));
        }
    }

    private static List<PackageFacts> sitePackage(Path metadata, String text, Counts counts) throws IOException {
        Path dir = metadata.getParent();
        boolean inInfoDir = dir != null && !metadata.getFileName().toString().endsWith(".egg-info");
        PackageFacts facts = DistMetadata.parse(text,
                inInfoDir ? sibling(dir, "requires.txt") : null, inInfoDir ? sibling(dir, "top_level.txt") : null);
        if (facts == null) {
            counts.add("packages/skipped/metadata_without_name");
            return List.of();
        }
        List<PackageFacts> out = new ArrayList<>();
        out.add(facts);
        return out;
    }

    private static String sibling(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        return Files.isRegularFile(p) ? text(p) : null;
    }

    private static String text(Path path) throws IOException {
        SourceText.Decoded decoded = SourceText.decode(Files.readAllBytes(path), false);
        return decoded.ok() ? decoded.text() : null;
    }
}
