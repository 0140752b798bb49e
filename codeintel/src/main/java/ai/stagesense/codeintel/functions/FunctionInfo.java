package ai.stagesense.codeintel.functions;

import java.util.List;

/**
 * Everything the docstring and dataset features need to know about one function or method.
 *
 * @param language       "python" or "java"
 * @param name           simple name
 * @param qualifiedName  dotted name including enclosing classes and functions (Outer.Inner.method)
 * @param parameters     in declaration order (self/cls included for Python; use Parameter.isReceiver to skip)
 * @param returnType     return annotation / Java return type as written, or null
 * @param raises         exception names raised (Python: raise statements in the body) or declared (Java: throws)
 * @param decorators     decorator / annotation texts without the leading '@'
 * @param docstring      existing docstring, or null
 * @param isAsync        Python async def
 * @param isGenerator    the body yields (Python) — documented as "Yields"
 * @param signature      the header as written (up to and including ':' or '{')
 * @param body           source of the body without the docstring
 * @param range          the whole definition, decorators included
 * @param bodyIndent     indentation (spaces/tabs) of the first body statement; where a docstring goes
 * @param bodyStartLine  1-based line where the body starts (the line after the header, for Python)
 * @param complete       false when the definition was recovered from broken or unfinished code
 */
public record FunctionInfo(
        String language,
        String name,
        String qualifiedName,
        List<Parameter> parameters,
        String returnType,
        List<String> raises,
        List<String> decorators,
        Docstring docstring,
        boolean isAsync,
        boolean isGenerator,
        String signature,
        String body,
        SourceRange range,
        String bodyIndent,
        int bodyStartLine,
        boolean complete) {
}
