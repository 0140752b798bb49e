package ai.stagesense.server.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Resident memory of this process (Linux /proc; absent elsewhere) and the JVM heap in use. */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Resident set size in bytes from /proc/self/status, or -1 where there is no /proc. */
    public static long residentBytes() {
        return statusBytes(Path.of("/proc/self/status"), "VmRSS:");
    }

    /** A /proc/PID/status field in bytes ("VmRSS:", "VmHWM:"), or -1. */
    public static long statusBytes(Path status, String field) {
        try {
            List<String> lines = Files.readAllLines(status);
            for (String line : lines) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    public static void render(PrometheusText out) {
        long rss = residentBytes();
        if (rss >= 0) {
            out.family("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.");
            out.sample("process_resident_memory_bytes", rss);
        }
        Runtime runtime = Runtime.getRuntime();
        out.family("jvm_memory_heap_used_bytes", "gauge", "Java heap in use.");
        out.sample("jvm_memory_heap_used_bytes", runtime.totalMemory() - runtime.freeMemory());
    }
}
