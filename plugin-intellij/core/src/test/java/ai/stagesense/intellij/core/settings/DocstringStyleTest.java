package ai.stagesense.intellij.core.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocstringStyleTest {

    @Test
    void wireNamesAreTheContractsAndUnknownFallsBackToGoogle() {
        assertEquals(DocstringStyle.REST, DocstringStyle.ofWireName("rest"));
        assertEquals(DocstringStyle.JAVADOC, DocstringStyle.ofWireName("JAVADOC"));
        assertEquals(DocstringStyle.GOOGLE, DocstringStyle.ofWireName("sphinx"));
        assertEquals(DocstringStyle.GOOGLE, DocstringStyle.ofWireName(null));
        assertEquals("epytext", DocstringStyle.EPYTEXT.wireName());
        assertEquals("reStructuredText", DocstringStyle.REST.toString());
    }

    @Test
    void pythonStylesExcludeJavadoc() {
        assertArrayEquals(new DocstringStyle[] {DocstringStyle.GOOGLE, DocstringStyle.NUMPY, DocstringStyle.REST,
                DocstringStyle.EPYTEXT}, DocstringStyle.python());
    }
}
