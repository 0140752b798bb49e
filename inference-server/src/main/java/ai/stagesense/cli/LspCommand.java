package ai.stagesense.cli;

import ai.stagesense.lsp.LspEngines;
import ai.stagesense.lsp.LspRunner;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * {@code stagesense lsp}: the language server over stdio, with the engines in this process. stdout is the protocol
 * channel, so System.out is pointed at stderr before anything else runs: a stray print from any library would
 * otherwise corrupt the message stream. This version serves docstrings (they need no model); the engines of the
 * HTTP server are wired in once they are part of the build.
 */
final class LspCommand implements Command {

    @Override
    public String name() {
        return "lsp";
    }

    @Override
    public String summary() {
        return "language server over stdio (docstring code actions, next-line completion, package hover)";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        for (String arg : args) {
            if (!arg.equals("--stdio")) { // VS Code's generic clients append --stdio
                throw new UsageException("unknown argument '" + arg + "'");
            }
        }
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(err);
        return LspRunner.serve(LspEngines.docstringsOnly(), new FileInputStream(FileDescriptor.in), protocol);
    }
}
