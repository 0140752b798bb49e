package ai.stagesense.intellij.core.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.stagesense.intellij.core.api.CompletionResponse;
import ai.stagesense.intellij.core.api.Suggestion;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineSuggestionsTest {

    private static CompletionResponse answer(String... texts) {
        return new CompletionResponse("load", Arrays.stream(texts)
                .map(t -> new Suggestion(t, 0.5, "var0")).toList(), 3);
    }

    @Test
    void keepsOrderDropsBlanksAndDuplicatesAndStopsAtMax() {
        List<String> texts = InlineSuggestions.of(answer("df.head()", "", "  ", "df.head()", "df.info()", "df.shape"),
                "", 2);

        assertEquals(List.of("df.head()", "df.info()"), texts);
    }

    @Test
    void dropsTheTailTheEditorAlreadyHasAfterTheCaret() {
        List<String> texts = InlineSuggestions.of(answer("'a.csv')", "x)"), ")\nnext_line()", 5);

        assertEquals(List.of("'a.csv'", "x"), texts);
    }

    @Test
    void aSuggestionThatIsOnlyTheExistingTailIsDropped() {
        assertEquals(List.of(), InlineSuggestions.of(answer(")"), ")", 3));
    }

    @Test
    void multiLineSuggestionsAndUnrelatedSuffixesAreKept() {
        assertEquals(List.of("for x in y:\n    print(x)"),
                InlineSuggestions.of(answer("for x in y:\n    print(x)"), "  # trailing", 3));
    }

    @Test
    void nullTextIsTreatedAsBlank() {
        CompletionResponse withNull = new CompletionResponse("load", List.of(new Suggestion(null, 1, null)), 1);

        assertEquals(List.of(), InlineSuggestions.of(withNull, "", 3));
    }
}
