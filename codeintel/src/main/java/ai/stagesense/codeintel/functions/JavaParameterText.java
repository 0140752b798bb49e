package ai.stagesense.codeintel.functions;

import java.util.ArrayList;
import java.util.List;

/** Reads a Java parameter list off raw text, for headers JavaParser could not parse. */
final class JavaParameterText {

    private JavaParameterText() {
    }

    /** Parameters of "a, b" text; an unfinished last parameter (a type with no name yet) is left out. */
    static List<Parameter> parse(String text) {
        List<Parameter> out = new ArrayList<>();
        for (String piece : splitTopLevel(text)) {
            Parameter p = parameter(piece);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static Parameter parameter(String piece) {
        String cleaned = piece
                .replaceAll("@[A-Za-z_$][\\w$.]*(\\s*\\((?:[^()]++|\\([^()]*+\\))*+\\))?", " ")
                .replaceAll("\\bfinal\\b", " ")
                .replaceAll("\\s*\\.\\.\\.\\s*", "... ")
                .replaceAll("\\s+", " ")
                .strip();
        int dims = 0;
        while (cleaned.endsWith("[]")) {
            cleaned = cleaned.substring(0, cleaned.length() - 2).stripTrailing();
            dims++;
        }
        int split = cleaned.lastIndexOf(' ');
        if (split < 0) {
            return null;
        }
        String name = cleaned.substring(split + 1);
        String type = cleaned.substring(0, split).strip() + "[]".repeat(dims);
        if (!name.matches("[A-Za-z_$][\\w$]*")) {
            return null;
        }
        if (type.endsWith("...")) {
            return new Parameter(name, Parameter.Kind.VAR_POSITIONAL, type.substring(0, type.length() - 3).strip() + "...", null);
        }
        return new Parameter(name, Parameter.Kind.POSITIONAL_OR_KEYWORD, type, null);
    }

    /** Splits at commas outside generic brackets, parentheses and array brackets. */
    private static List<String> splitTopLevel(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '(' || c == '[') {
                depth++;
            } else if (c == '>' || c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
