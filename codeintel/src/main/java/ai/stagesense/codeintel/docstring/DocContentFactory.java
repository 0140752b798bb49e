package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.FunctionInfo;
import ai.stagesense.codeintel.functions.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what a function's docstring must say: every parameter once (receivers left out), the return value only
 * when there is one, yields for generators, and the exceptions found in the code. Descriptions are placeholders
 * derived from names; sentences for Python, lower-case phrases for Javadoc.
 */
final class DocContentFactory {

    private DocContentFactory() {
    }

    /**
     * @param method whether the function is defined in a class body: only then is a first {@code cls} the
     *               receiver (a plain function's {@code cls} parameter, as in {@code attrs.has(cls)}, is documented);
     *               a first {@code self} is always the receiver
     */
    static DocContent create(FunctionInfo f, List<String> intro, boolean method) {
        boolean python = !"java".equals(f.language());
        return new DocContent(intro, params(f, python, method), returns(f, python), yields(f, python),
                raises(f, python), List.of());
    }

    private static List<ParamDoc> params(FunctionInfo f, boolean python, boolean method) {
        List<ParamDoc> out = new ArrayList<>();
        if (!python) {
            for (String t : JavaTypeParameters.of(f.signature())) {
                out.add(new ParamDoc("<" + t + ">", Parameter.Kind.POSITIONAL_ONLY, null, null,
                        PlaceholderText.typeParameter(t)));
            }
        }
        for (Parameter p : f.parameters()) {
            if (python && p == f.parameters().get(0) && p.isReceiver() && (method || p.name().equals("self"))) {
                continue;
            }
            String phrase = PlaceholderText.parameter(p);
            String type = python ? TypeText.display(p.annotation()) : null;
            String defaultValue = p.defaultValue() == null ? null : p.defaultValue().strip().replaceAll("\\s+", " ");
            out.add(new ParamDoc(p.name(), p.kind(), type, defaultValue, text(phrase, python)));
        }
        return out;
    }

    private static ValueDoc returns(FunctionInfo f, boolean python) {
        if (!python) {
            boolean value = f.returnType() != null && !f.returnType().strip().equals("void");
            return value ? new ValueDoc(f.returnType().strip(), PlaceholderText.returns(f, false)) : null;
        }
        if (f.isGenerator() || TypeText.isNone(f.returnType())) {
            return null;
        }
        PythonReturns.Facts facts = PythonReturns.of(f);
        String annotated = TypeText.display(f.returnType());
        String description = text(PlaceholderText.returns(f, true), true);
        if (annotated != null) {
            return facts.returnsValue() || PythonReturns.isStub(f) ? new ValueDoc(annotated, description) : null;
        }
        return facts.returnsValue() ? new ValueDoc(facts.guessedType(), description) : null;
    }

    private static ValueDoc yields(FunctionInfo f, boolean python) {
        if (!python || !f.isGenerator()) {
            return null;
        }
        return new ValueDoc(TypeText.yielded(f.returnType()), text(PlaceholderText.yields(f), true),
                TypeText.display(f.returnType()));
    }

    private static List<RaiseDoc> raises(FunctionInfo f, boolean python) {
        List<RaiseDoc> out = new ArrayList<>();
        for (String type : f.raises()) {
            out.add(new RaiseDoc(type, text(PlaceholderText.raises(type), python)));
        }
        return out;
    }

    private static String text(String phrase, boolean python) {
        return python ? NameWords.sentence(phrase) : phrase;
    }
}
