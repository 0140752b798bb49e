package ai.stagesense.intellij.core.api;

import com.google.gson.annotations.SerializedName;

/**
 * Where the generated docstring goes: lines {@code startLine..endLine} of the request's code are replaced by
 * {@code text}, which is ready to insert (indented, newline-terminated).
 */
public record DocstringEdit(
        @SerializedName("start_line") int startLine,
        @SerializedName("end_line") int endLine,
        String text) {
}
