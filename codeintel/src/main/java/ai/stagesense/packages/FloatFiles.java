package ai.stagesense.packages;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Raw little-endian float32 matrices, the format numpy's {@code astype("<f4").tofile} writes. */
final class FloatFiles {

    private FloatFiles() {
    }

    /** A rows × columns matrix; the file size must match exactly. */
    static float[][] read(Path file, int rows, int columns) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long expected = (long) rows * columns * Float.BYTES;
        if (bytes.length != expected) {
            throw new IOException(file + ": " + bytes.length + " bytes, expected " + rows + " x " + columns
                    + " float32 = " + expected);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[][] out = new float[rows][columns];
        for (float[] row : out) {
            buffer.asFloatBuffer().get(row);
            buffer.position(buffer.position() + columns * Float.BYTES);
        }
        return out;
    }

    /** A whole file as one vector. */
    static float[] readVector(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length % Float.BYTES != 0) {
            throw new IOException(file + ": " + bytes.length + " bytes is not a whole number of float32");
        }
        float[] out = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }
}
