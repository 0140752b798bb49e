package ai.stagesense.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Lets tests of other packages run the command line as a user would, capturing its output. */
public final class MainAccess {

    private MainAccess() {
    }

    public static int run(String[] args, ByteArrayOutputStream err) {
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    public static int runCapturingOut(String[] args, ByteArrayOutputStream out) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
