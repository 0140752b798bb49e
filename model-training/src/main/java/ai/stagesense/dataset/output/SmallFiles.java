package ai.stagesense.dataset.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Single files the driver writes next to the datasets (the report, the labeling-function names), on any Hadoop FS. */
public final class SmallFiles {

    private SmallFiles() {
    }

    public static void write(Configuration conf, String dir, String name, String text) throws IOException {
        Path path = new Path(new Path(dir), name);
        FileSystem fs = path.getFileSystem(conf);
        try (OutputStream out = fs.create(path, true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
