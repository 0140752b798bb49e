package ai.stagesense.intellij.core.settings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * The plugin's settings. A plain bean with public fields and a no-argument constructor because that is what the
 * IntelliJ state serializer persists (and Gson reads and writes, see {@link #toJson}); {@link #normalized()} turns
 * whatever was stored or typed into values the rest of the plugin can rely on.
 */
public final class StageSenseSettings {

    public static final String DEFAULT_URL = "http://127.0.0.1:7878";
    public static final int MIN_SUGGESTIONS = 1;
    public static final int MAX_SUGGESTIONS = 10;
    public static final int MIN_DEBOUNCE_MS = 0;
    public static final int MAX_DEBOUNCE_MS = 2000;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    /** Base URL of the server; the bundled server is started there (or on a free port) when nothing answers. */
    public String serverUrl = DEFAULT_URL;
    /** Token file; empty means the server's default ({@code $XDG_CONFIG_HOME/stagesense/token}). */
    public String tokenFile = "";
    /** Start the bundled server when nothing answers at {@link #serverUrl}. */
    public boolean autoStartServer = true;
    /** Python docstring style, by wire name. */
    public String docstringStyle = DocstringStyle.GOOGLE.wireName();
    public int maxSuggestions = 3;
    /** Quiet time after the last keystroke before a completion request is sent. */
    public int debounceMillis = 150;
    public boolean completionEnabled = true;
    public boolean docstringEnabled = true;
    public boolean similarPackagesEnabled = true;

    public DocstringStyle style() {
        return DocstringStyle.ofWireName(docstringStyle);
    }

    /** @throws IllegalArgumentException when {@link #serverUrl} is not an http(s) URL with a host */
    public URI serverUri() {
        try {
            URI uri = new URI(serverUrl.strip());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("server URL must look like " + DEFAULT_URL + ", got: " + serverUrl);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("server URL must look like " + DEFAULT_URL + ", got: " + serverUrl, e);
        }
    }

    /** A copy with numbers clamped to their ranges, unknown styles and broken URLs replaced by defaults. */
    public StageSenseSettings normalized() {
        StageSenseSettings copy = copy();
        copy.maxSuggestions = clamp(maxSuggestions, MIN_SUGGESTIONS, MAX_SUGGESTIONS);
        copy.debounceMillis = clamp(debounceMillis, MIN_DEBOUNCE_MS, MAX_DEBOUNCE_MS);
        copy.docstringStyle = style().wireName();
        copy.tokenFile = tokenFile == null ? "" : tokenFile.strip();
        try {
            copy.serverUrl = serverUrl == null ? DEFAULT_URL : serverUri().toString();
        } catch (IllegalArgumentException e) {
            copy.serverUrl = DEFAULT_URL;
        }
        return copy;
    }

    public StageSenseSettings copy() {
        StageSenseSettings copy = new StageSenseSettings();
        copy.serverUrl = serverUrl;
        copy.tokenFile = tokenFile;
        copy.autoStartServer = autoStartServer;
        copy.docstringStyle = docstringStyle;
        copy.maxSuggestions = maxSuggestions;
        copy.debounceMillis = debounceMillis;
        copy.completionEnabled = completionEnabled;
        copy.docstringEnabled = docstringEnabled;
        copy.similarPackagesEnabled = similarPackagesEnabled;
        return copy;
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    /** Fields missing from the JSON keep their defaults, so settings written by older versions still load. */
    public static StageSenseSettings fromJson(String json) {
        try {
            StageSenseSettings settings = GSON.fromJson(json, StageSenseSettings.class);
            return settings == null ? new StageSenseSettings() : settings;
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("settings are not valid JSON: " + e.getMessage(), e);
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StageSenseSettings other)) {
            return false;
        }
        return autoStartServer == other.autoStartServer && maxSuggestions == other.maxSuggestions
                && debounceMillis == other.debounceMillis && completionEnabled == other.completionEnabled
                && docstringEnabled == other.docstringEnabled && similarPackagesEnabled == other.similarPackagesEnabled
                && Objects.equals(serverUrl, other.serverUrl) && Objects.equals(tokenFile, other.tokenFile)
                && Objects.equals(docstringStyle, other.docstringStyle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serverUrl, tokenFile, autoStartServer, docstringStyle, maxSuggestions, debounceMillis,
                completionEnabled, docstringEnabled, similarPackagesEnabled);
    }
}
