package ai.stagesense.cli;

import ai.stagesense.lsp.LspEngines;
import ai.stagesense.lsp.LspRunner;
import ai.stagesense.lsp.ServerEngines;
import ai.stagesense.server.ServerOptionsParser;
import ai.stagesense.server.models.BundledModels;
import ai.stagesense.server.models.LoadedModels;
import ai.stagesense.server.models.ModelLoader;
import ai.stagesense.server.models.OnnxSessions;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code stagesense lsp}: the language server over stdio, with the engines in this process. stdout is the protocol
 * channel, so System.out is pointed at stderr before anything else runs: a stray print from any library would
 * otherwise corrupt the message stream. Models that cannot be loaded leave docstrings working (they need none).
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
        return "[--models DIR]";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        String models = System.getenv("STAGESENSE_MODELS");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--models") && i + 1 < args.length) {
                models = args[++i];
            } else if (!args[i].equals("--stdio")) { // VS Code's generic clients append --stdio
                throw new UsageException("unknown argument '" + args[i] + "'");
            }
        }
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(err);
        LoadedModels loaded = load(models, err);
        try {
            LspEngines engines = loaded == null ? LspEngines.docstringsOnly() : ServerEngines.from(loaded.engines());
            return LspRunner.serve(engines, new FileInputStream(FileDescriptor.in), protocol);
        } finally {
            if (loaded != null) {
                loaded.close();
            }
        }
    }

    private static LoadedModels load(String explicit, PrintStream err) {
        try {
            Path dir = explicit != null && !explicit.isBlank() ? Path.of(explicit) : defaultModels();
            if (dir == null) {
                dir = BundledModels.extract();
            }
            if (dir == null) {
                err.println("stagesense lsp: no models found; docstrings only");
                return null;
            }
            LoadedModels loaded = ModelLoader.load(dir, new OnnxSessions());
            err.printf("stagesense lsp: models from %s loaded in %.1f s%n", dir, loaded.seconds());
            return loaded;
        } catch (Exception | LinkageError e) {
            err.println("stagesense lsp: models not loaded (" + e.getMessage() + "); docstrings only");
            return null;
        }
    }

    private static Path defaultModels() {
        String dir = System.getProperty(ServerOptionsParser.DEFAULT_MODELS_PROPERTY);
        return dir != null && !dir.isBlank() && Files.isRegularFile(Path.of(dir, "manifest.json")) ? Path.of(dir)
                : null;
    }
}
