package ai.stagesense.intellij.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class StageSenseSettingsTest {

    @Test
    void defaultsMatchTheServersDefaults() {
        StageSenseSettings s = new StageSenseSettings();

        assertEquals(URI.create("http://127.0.0.1:7878"), s.serverUri());
        assertEquals(DocstringStyle.GOOGLE, s.style());
        assertEquals(3, s.maxSuggestions);
        assertTrue(s.completionEnabled && s.docstringEnabled && s.similarPackagesEnabled && s.autoStartServer);
    }

    @Test
    void normalizedClampsAndRepairs() {
        StageSenseSettings s = new StageSenseSettings();
        s.maxSuggestions = 99;
        s.debounceMillis = -5;
        s.docstringStyle = "NumPy";
        s.serverUrl = "not a url";
        s.tokenFile = "  /tmp/tok ";

        StageSenseSettings n = s.normalized();

        assertEquals(StageSenseSettings.MAX_SUGGESTIONS, n.maxSuggestions);
        assertEquals(0, n.debounceMillis);
        assertEquals("numpy", n.docstringStyle);
        assertEquals(StageSenseSettings.DEFAULT_URL, n.serverUrl);
        assertEquals("/tmp/tok", n.tokenFile);
        assertEquals(99, s.maxSuggestions, "the original is untouched");
    }

    @Test
    void serverUriRejectsNonHttpWithTheExpectedShape() {
        StageSenseSettings s = new StageSenseSettings();
        s.serverUrl = "ftp://127.0.0.1:7878";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, s::serverUri);

        assertEquals("server URL must look like http://127.0.0.1:7878, got: ftp://127.0.0.1:7878", e.getMessage());
    }

    @Test
    void jsonRoundTripAndMissingFieldsKeepDefaults() {
        StageSenseSettings s = new StageSenseSettings();
        s.serverUrl = "http://127.0.0.1:9000";
        s.docstringStyle = "epytext";
        s.maxSuggestions = 5;
        s.debounceMillis = 300;
        s.completionEnabled = false;

        assertEquals(s, StageSenseSettings.fromJson(s.toJson()));
        StageSenseSettings partial = StageSenseSettings.fromJson("{\"maxSuggestions\": 7}");
        assertEquals(7, partial.maxSuggestions);
        assertEquals(StageSenseSettings.DEFAULT_URL, partial.serverUrl);
        assertTrue(partial.docstringEnabled);
        assertThrows(IllegalArgumentException.class, () -> StageSenseSettings.fromJson("{broken"));
    }

    @Test
    void copyIsEqualButIndependent() {
        StageSenseSettings s = new StageSenseSettings();
        StageSenseSettings copy = s.copy();

        assertEquals(s, copy);
        assertEquals(s.hashCode(), copy.hashCode());
        copy.similarPackagesEnabled = false;
        assertNotEquals(s, copy);
    }
}
