package ai.stagesense.cli;

import ai.stagesense.server.ServerOptionsParser;
import ai.stagesense.server.bench.ServerBenchmark;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code stagesense bench-server}: latency, throughput, memory and cold start of the HTTP server. */
final class BenchServerCommand implements Command {

    @Override
    public String name() {
        return "bench-server";
    }

    @Override
    public String summary() {
        return "start the server and measure each endpoint under concurrent clients";
    }

    @Override
    public String usage() {
        // the server runs with ./stagesense serve's JVM options; --heap replaces its -Xmx256m
        return "[--models DIR] [--clients 4] [--seconds 10] [--heap 256m]";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        String models = System.getProperty(ServerOptionsParser.DEFAULT_MODELS_PROPERTY);
        int clients = 4;
        double seconds = 10;
        String heap = null;
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length) {
                throw new UsageException("option " + args[i] + " needs a value");
            }
            String value = args[++i];
            try {
                switch (args[i - 1]) {
                    case "--models" -> models = value;
                    case "--clients" -> clients = Integer.parseInt(value);
                    case "--seconds" -> seconds = Double.parseDouble(value);
                    case "--heap" -> heap = value;
                    default -> throw new UsageException("unknown option " + args[i - 1]);
                }
            } catch (NumberFormatException e) {
                throw new UsageException(args[i - 1] + " needs a number, not " + value);
            }
        }
        if (clients < 1 || seconds <= 0) {
            throw new UsageException("--clients and --seconds must be positive");
        }
        Path jar = Path.of(BenchServerCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(jar)) {
            throw new UsageException("run it from the jar (./stagesense bench-server), not from classes: " + jar);
        }
        new ServerBenchmark(jar, models == null ? null : Path.of(models), clients, seconds,
                List.of("-Xmx" + (heap == null ? "256m" : heap), "-Xss4m", "-XX:+UseSerialGC")).run(out);
        return 0;
    }
}
