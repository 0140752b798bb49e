package ai.stagesense.codeintel.docstring;

import java.util.List;

/**
 * The content of a docstring independent of its style: the renderers turn it into google, numpy, reST, epytext or
 * Javadoc text.
 *
 * @param intro   the summary, possibly followed by more paragraphs (kept from a docstring being converted)
 * @param params  in signature order, receivers left out; Java type parameters first
 * @param returns null when nothing is returned
 * @param yields  null unless the function is a generator
 * @param raises  in the order found
 * @param extra   lines kept verbatim after the rendered sections (sections of a converted docstring that have no
 *                counterpart in the target style)
 */
record DocContent(List<String> intro, List<ParamDoc> params, ValueDoc returns, ValueDoc yields, List<RaiseDoc> raises,
                  List<String> extra) {

    DocContent {
        intro = List.copyOf(intro);
        params = List.copyOf(params);
        raises = List.copyOf(raises);
        extra = List.copyOf(extra);
    }
}
