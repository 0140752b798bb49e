package ai.stagesense.intellij.core.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The one Gson configuration for the HTTP contract (issue 5): field names come from {@code @SerializedName}. */
final class ApiJson {

    /** Nulls are left out, so optional request fields such as {@code line} are simply absent when unset. */
    static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private ApiJson() {
    }
}
