package ai.stagesense.cli;

import java.io.PrintStream;

/** One subcommand of the launcher. */
interface Command {

    String name();

    String summary();

    String usage();

    /** Returns the process exit code; throws {@link UsageException} for bad arguments. */
    int run(String[] args, PrintStream out, PrintStream err) throws Exception;
}
