package ai.stagesense.dataset.functions;

import ai.stagesense.codeintel.functions.FunctionCode;
import ai.stagesense.codeintel.functions.Docstring;
import ai.stagesense.codeintel.functions.FunctionInfo;
import ai.stagesense.codeintel.functions.JavaFunctions;
import ai.stagesense.codeintel.functions.Parameter;
import ai.stagesense.codeintel.functions.PythonFunctions;
import ai.stagesense.codeintel.parsing.ParsedPython;
import ai.stagesense.codeintel.parsing.PythonParsing;
import ai.stagesense.dataset.Counts;
import ai.stagesense.dataset.Hashing;
import ai.stagesense.dataset.Splits;
import ai.stagesense.dataset.input.InputBytes;
import ai.stagesense.dataset.input.InputFile;
import ai.stagesense.dataset.input.SourceText;
import ai.stagesense.dataset.quality.GeneratedCode;
import ai.stagesense.dataset.quality.Python2;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts the docstring pairs of one source file on an executor with codeintel's {@link PythonFunctions} and
 * {@link JavaFunctions}. Never throws: unreadable files and unusable functions become counted reasons.
 */
public final class FunctionExtractor {

    public static final String PYTHON = "python";
    public static final String JAVA = "java";
    /** Larger source files are generated tables or vendored bundles, and slow to parse for nothing. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** A function longer than this is generated or pathological (a 500k-character one exists in real corpora). */
    public static final int MAX_FUNCTION_CHARS = 20_000;

    private FunctionExtractor() {
    }

    public static FunctionBatch extract(InputFile file, String language) {
        Counts counts = new Counts().add("docstrings/files/" + language);
        if (file.size() > MAX_FILE_BYTES) {
            return skipped(counts, "file_too_large");
        }
        try {
            SourceText.Decoded text = SourceText.decode(InputBytes.read(file), PYTHON.equals(language));
            if (!text.ok()) {
                return skipped(counts, text.reason());
            }
            if (!"utf-8".equals(text.charset())) {
                counts.add("docstrings/decoded_as_declared/" + text.charset());
            }
            if (GeneratedCode.isGenerated(text.text())) {
                return skipped(counts, "generated_file");
            }
            return PYTHON.equals(language) ? python(file, text.text(), counts) : java(file, text.text(), counts);
        } catch (IOException e) {
            return skipped(counts, "io_error");
        } catch (RuntimeException | StackOverflowError e) {
            return skipped(counts, "extraction_failed");
        }
    }

    private static FunctionBatch python(InputFile file, String source, Counts counts) {
        ParsedPython parsed = PythonParsing.parse(source);
        if (!parsed.ok() && Python2.looksLikePython2(source)) {
            return skipped(counts, "python2");
        }
        String module = ModuleNames.python(file.relative());
        return records(file, PythonFunctions.extract(parsed), module, PYTHON, counts);
    }

    private static FunctionBatch java(InputFile file, String source, Counts counts) {
        return records(file, JavaFunctions.extract(source), ModuleNames.javaPackage(source), JAVA, counts);
    }

    private static FunctionBatch records(InputFile file, List<FunctionInfo> functions, String prefix, String language,
                                         Counts counts) {
        String split = Splits.of(file.group());
        List<FunctionRecord> out = new ArrayList<>();
        for (FunctionInfo f : functions) {
            counts.add("docstrings/functions_seen/" + language);
            Docstring doc = f.docstring();
            if (doc == null || doc.text().isBlank()) {
                counts.add("docstrings/without_docstring/" + language);
                continue;
            }
            String reason = dropReason(f, doc);
            if (reason != null) {
                counts.add("docstrings/dropped/" + reason);
                continue;
            }
            String code = FunctionCode.of(f);
            if (code.length() > MAX_FUNCTION_CHARS) {
                counts.add("docstrings/dropped/function_too_large");
                continue;
            }
            List<String> params = f.parameters().stream().filter(p -> !p.isReceiver()).map(Parameter::name).toList();
            long key = Hashing.hash64(language + "\n" + code.replaceAll("\\s+", " ").strip());
            out.add(new FunctionRecord(language, file.group(), split, ModuleNames.qualify(prefix, f.qualifiedName()),
                    code, doc.summary(), doc.text(), doc.style().id(), params, key));
        }
        return new FunctionBatch(out, counts);
    }

    /** Pairs a summariser should not learn from. */
    private static String dropReason(FunctionInfo f, Docstring doc) {
        if (!f.complete()) {
            return "incomplete_definition";
        }
        String summary = doc.summary();
        if (summary.isBlank()) {
            return "empty_summary";
        }
        if (summary.startsWith("{@inheritDoc") || summary.startsWith("@")) {
            return "no_summary_sentence";
        }
        return null;
    }

    private static FunctionBatch skipped(Counts counts, String reason) {
        counts.add("docstrings/skipped/" + reason);
        return new FunctionBatch(List.of(), counts);
    }
}
