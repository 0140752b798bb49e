package ai.stagesense.dataset.output;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;

/**
 * Writes JSON Lines datasets: one directory of {@code part-NNNNN.json} files per dataset, so training scripts can
 * glob {@code OUT/<name>/*.json}. Rows are serialised with Gson on the executors (exact key order, explicit nulls,
 * no HTML escaping) and saved as text by Spark, whose part files are then given the {@code .json} extension.
 */
public final class JsonLines {

    /** Shared by all executor threads: Gson instances are immutable and thread-safe. */
    public static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private JsonLines() {
    }

    public static String toJson(Object row) {
        return GSON.toJson(row);
    }

    /** Writes (replacing) {@code dir}; returns the number of non-empty part files. */
    public static int write(JavaRDD<String> lines, String dir) throws IOException {
        Configuration conf = lines.context().hadoopConfiguration();
        Path path = new Path(dir);
        FileSystem fs = path.getFileSystem(conf);
        if (fs.exists(path) && !fs.delete(path, true)) {
            throw new IOException("cannot replace " + path);
        }
        lines.saveAsTextFile(dir);
        return renameParts(fs, path);
    }

    /** Empty partitions leave empty part files behind; they are removed rather than renamed. */
    private static int renameParts(FileSystem fs, Path path) throws IOException {
        int parts = 0;
        for (FileStatus status : fs.listStatus(path)) {
            String name = status.getPath().getName();
            if (!name.startsWith("part-") || name.endsWith(".json")) {
                continue;
            }
            if (status.getLen() == 0) {
                fs.delete(status.getPath(), false);
            } else if (fs.rename(status.getPath(), new Path(path, name + ".json"))) {
                parts++;
            } else {
                throw new IOException("cannot rename " + status.getPath());
            }
        }
        return parts;
    }
}
