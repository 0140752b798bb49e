package ai.stagesense.server.models;

import java.util.List;
import java.util.Optional;

/** The parsed {@code manifest.json}: every model the server may load, in file order. */
public record Manifest(int format, List<ManifestEntry> models) {

    public static final int FORMAT = 1;

    public static Manifest empty() {
        return new Manifest(FORMAT, List.of());
    }

    public Optional<ManifestEntry> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
