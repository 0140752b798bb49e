package ai.stagesense.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** One Gson configuration for everything the command line prints. */
final class Json {

    static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private Json() {
    }
}
