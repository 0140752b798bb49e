package ai.stagesense.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Entry point of the fat jar: {@code stagesense <command> [args]}. */
public final class Main {

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        register(new ParseCommand());
        register(new MaskCommand());
        register(new ParseBenchCommand());
        register(new VocabCommand());
        register(new BuildPackagesCommand());
        register(new EvalPackagesCommand());
        register(new EvalDocstringsCommand());
        register(new EvalNextlineCommand());
        register(new BenchPackagesCommand());
        register(new ServeCommand());
        register(new BenchServerCommand());
        register(new LspCommand());
    }

    private Main() {
    }

    private static void register(Command command) {
        COMMANDS.put(command.name(), command);
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            usage(out);
            return args.length == 0 ? 2 : 0;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("stagesense: unknown command '" + args[0] + "'");
            usage(err);
            return 2;
        }
        try {
            return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        } catch (UsageException e) {
            err.println("stagesense " + command.name() + ": " + e.getMessage());
            err.println("usage: stagesense " + command.name() + " " + command.usage());
            return 2;
        } catch (Exception e) {
            err.println("stagesense " + command.name() + ": " + e.getMessage());
            return 1;
        }
    }

    private static void usage(PrintStream out) {
        out.println("StageSense — a local, private code assistant for data scientists.");
        out.println();
        out.println("usage: stagesense <command> [args]");
        out.println();
        for (Command c : COMMANDS.values()) {
            out.printf("  %-12s %s%n", c.name(), c.summary());
            out.printf("  %-12s   stagesense %s %s%n", "", c.name(), c.usage());
        }
        out.printf("  %-12s %s%n", "test", "run every test suite (Java, Python, TypeScript) — handled by ./stagesense");
    }
}
