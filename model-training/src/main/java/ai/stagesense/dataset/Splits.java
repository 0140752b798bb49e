package ai.stagesense.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Train/dev/test assignment by a stable hash of the unit that must not be split: a notebook id, a source repository,
 * a package name. Never by cell or function, so no notebook or repository contributes to two splits.
 *
 * <p>Bucket = the first 8 bytes of SHA-1(key, UTF-8) as an unsigned big-endian integer, mod 100: 0-79 train,
 * 80-89 dev, 90-99 test. In Python: {@code int.from_bytes(hashlib.sha1(key.encode()).digest()[:8], "big") % 100}.
 */
public final class Splits {

    public static final String TRAIN = "train";
    public static final String DEV = "dev";
    public static final String TEST = "test";

    private Splits() {
    }

    public static String of(String key) {
        int bucket = bucket(key);
        return bucket < 80 ? TRAIN : bucket < 90 ? DEV : TEST;
    }

    static int bucket(String key) {
        byte[] digest = sha1(key.getBytes(StandardCharsets.UTF_8));
        long high = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (digest[i] & 0xff);
        }
        return (int) Long.remainderUnsigned(high, 100);
    }

    private static byte[] sha1(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
