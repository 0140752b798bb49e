package ai.stagesense.dataset.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads an {@link InputFile}'s bytes, from a plain file or from an entry of a jar. */
public final class InputBytes {

    private InputBytes() {
    }

    public static byte[] read(InputFile file) throws IOException {
        if (file.entry() == null) {
            return Files.readAllBytes(Path.of(file.path()));
        }
        try (ZipFile zip = new ZipFile(file.path())) {
            ZipEntry entry = zip.getEntry(file.entry());
            if (entry == null) {
                throw new IOException(file.path() + " has no entry " + file.entry());
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }

    /** The {@code .java} entries of a jar, sorted by name, at most {@code limit}. */
    public static List<ZipEntry> javaEntries(Path jar, int limit) throws IOException {
        List<ZipEntry> out = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!e.isDirectory() && e.getName().endsWith(".java")) {
                    out.add(e);
                }
            }
        }
        out.sort(java.util.Comparator.comparing(ZipEntry::getName));
        return out.subList(0, Math.min(limit, out.size()));
    }
}
