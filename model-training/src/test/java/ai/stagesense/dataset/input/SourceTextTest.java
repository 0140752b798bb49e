package ai.stagesense.dataset.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void utf8IsDecodedAndItsByteOrderMarkDropped() {
        SourceText.Decoded d = SourceText.decode("\uFEFFx = 'é'".getBytes(StandardCharsets.UTF_8), true);
        assertEquals("x = 'é'", d.text());
        assertEquals("utf-8", d.charset());
    }

    @Test
    void aDeclaredPythonEncodingIsHonoured() {
        byte[] latin1 = "# -*- coding: latin-1 -*-\ns = 'café'\n".getBytes(StandardCharsets.ISO_8859_1);
        SourceText.Decoded d = SourceText.decode(latin1, true);
        assertEquals("iso-8859-1", d.charset());
        assertEquals("# -*- coding: latin-1 -*-\ns = 'café'\n", d.text());
        assertFalse(SourceText.decode(latin1, false).ok());
        assertEquals("not_utf8", SourceText.decode(latin1, false).reason());
    }

    @Test
    void nulBytesMeanBinary() {
        assertEquals("binary", SourceText.decode(new byte[] {'a', 0, 'b'}, true).reason());
    }
}
