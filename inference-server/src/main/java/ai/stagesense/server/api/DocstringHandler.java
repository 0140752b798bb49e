package ai.stagesense.server.api;

import ai.stagesense.codeintel.docstring.DocstringRequest;
import ai.stagesense.codeintel.docstring.DocstringResult;
import ai.stagesense.codeintel.docstring.NoFunctionFoundException;
import ai.stagesense.codeintel.functions.DocstringStyle;
import ai.stagesense.server.ServerState;
import ai.stagesense.server.engines.SourceLimits;
import ai.stagesense.server.engines.docstring.DocstringEngine;
import ai.stagesense.server.exec.EngineExecutor;
import ai.stagesense.server.http.ApiException;
import ai.stagesense.server.http.JsonBody;
import ai.stagesense.server.http.RequestFields;
import com.google.gson.annotations.SerializedName;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;

/**
 * {@code POST /v1/docstring}: {@code {"code", "language", "style", "line"}} → {@code {"docstring", "summary",
 * "edit": {"start_line", "end_line", "text"}}} plus the style written, the function, and whether an existing
 * docstring was updated. Code without a function to document is 422.
 */
public final class DocstringHandler implements Handler {

    /** Parsing is linear but not free: half a mebibyte of source is parsed well within the default budget. */
    static final int MAX_CODE_CHARS = 512 * 1024;

    private final ServerState state;
    private final EngineExecutor executor;

    public DocstringHandler(ServerState state, EngineExecutor executor) {
        this.state = state;
        this.executor = executor;
    }

    public record Edit(@SerializedName("start_line") int startLine, @SerializedName("end_line") int endLine,
                       String text) {
    }

    public record Answer(String docstring, String summary, Edit edit, String style, String function, boolean updated,
                         boolean complete) {

        static Answer of(DocstringResult r) {
            return new Answer(r.docstring(), r.summary(), new Edit(r.edit().startLine(), r.edit().endLine(),
                    r.edit().text()), r.style().id(), r.function(), r.updated(), r.complete());
        }
    }

    @Override
    public void handle(Context ctx) throws Exception {
        RequestFields body = JsonBody.read(ctx);
        String code = body.requiredString("code");
        if (code.length() > MAX_CODE_CHARS) {
            throw ApiException.badRequest("field 'code' has " + code.length() + " characters; at most "
                    + MAX_CODE_CHARS + " are read for a docstring", "code");
        }
        if (SourceLimits.tooDeep(code)) {
            throw ApiException.unprocessable("code nests brackets deeper than " + SourceLimits.MAX_NESTING
                    + " levels (more than Python allows); nothing to document", "code");
        }
        String language = body.string("language", "python").strip().toLowerCase(Locale.ROOT);
        if (!language.equals("python") && !language.equals("java")) {
            throw ApiException.badRequest("language must be python or java, not '" + language + "'", "language");
        }
        DocstringStyle style = style(body.string("style", null), language);
        Integer line = body.integer("line", null, 1, Integer.MAX_VALUE);
        DocstringEngine engine = state.engines().docstring().require();
        DocstringResult result = executor.call(budget -> {
            try {
                return engine.generate(new DocstringRequest(code, language, style, line), budget);
            } catch (NoFunctionFoundException e) {
                throw ApiException.unprocessable(e.getMessage(), line == null ? "code" : "line");
            }
        });
        ctx.json(Answer.of(result));
    }

    /** Null means "follow the file"; Java is always Javadoc, whatever a client sends. */
    static DocstringStyle style(String requested, String language) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        DocstringStyle style = DocstringStyle.fromId(requested);
        if (style == null || style == DocstringStyle.PLAIN) {
            throw ApiException.badRequest("style must be google, numpy, rest, epytext or javadoc, not '" + requested
                    + "'", "style");
        }
        if (language.equals("java")) {
            return DocstringStyle.JAVADOC;
        }
        if (style == DocstringStyle.JAVADOC) {
            throw ApiException.badRequest("javadoc is for Java; Python styles are google, numpy, rest and epytext",
                    "style");
        }
        return style;
    }
}
