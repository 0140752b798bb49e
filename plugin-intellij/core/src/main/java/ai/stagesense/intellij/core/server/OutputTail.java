package ai.stagesense.intellij.core.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps the last lines a child process printed. Draining the pipe matters on its own (a full pipe blocks the
 * server); keeping the tail lets a failed start say why, in the server's own words.
 */
public final class OutputTail {

    private final int maxLines;
    private final Deque<String> lines = new ArrayDeque<>();

    public OutputTail(int maxLines) {
        this.maxLines = maxLines;
    }

    /** Reads {@code output} to its end on a daemon thread. */
    public Thread drain(InputStream output, String threadName) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    add(line);
                }
            } catch (IOException closed) {
                // the process ended and took its pipe with it: nothing more to keep
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    public synchronized void add(String line) {
        lines.addLast(line);
        while (lines.size() > maxLines) {
            lines.removeFirst();
        }
    }

    public synchronized String text() {
        return String.join("\n", lines);
    }
}
