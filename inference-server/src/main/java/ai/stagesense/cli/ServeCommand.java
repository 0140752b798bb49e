package ai.stagesense.cli;

import ai.stagesense.server.ServerOptions;
import ai.stagesense.server.ServerOptionsParser;
import ai.stagesense.server.StageSenseServer;
import ai.stagesense.server.engines.EngineSlot;
import ai.stagesense.server.engines.Engines;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/** {@code stagesense serve}: runs the HTTP API until the process is stopped (Ctrl-C, SIGTERM). */
final class ServeCommand implements Command {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "start the HTTP API on 127.0.0.1:7878 (serve --help for options)";
    }

    @Override
    public String usage() {
        return "[--host 127.0.0.1] [--port 7878] [--models DIR] [--token-file FILE] [--budget-ms MS] [--threads N]";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            out.print(ServerOptionsParser.HELP);
            return 0;
        }
        ServerOptions options;
        try {
            options = ServerOptionsParser.system().parse(args);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        StageSenseServer server = StageSenseServer.start(options, err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "stagesense-shutdown"));
        Engines engines = server.models().engines();
        out.println("StageSense is ready at " + server.url() + " (token in " + options.tokenFile() + ")");
        out.println("  models: " + (server.models().dir() == null ? "none" : server.models().dir()));
        report(out, "stage", engines.stage());
        report(out, "complete", engines.completion());
        out.println("  docstring: " + engines.docstring().require().summarizer());
        report(out, "packages", engines.packages());
        out.flush();
        stopped.await();
        return 0;
    }

    private static void report(PrintStream out, String name, EngineSlot<?> slot) {
        out.println("  " + name + ": " + (slot.available() ? "ready" : "unavailable (" + slot.reason() + ")"));
    }
}
