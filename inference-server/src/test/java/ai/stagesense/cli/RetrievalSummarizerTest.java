package ai.stagesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RetrievalSummarizerTest {

    private static DocstringPairs.Pair pair(String language, String tokens, String summary) {
        return new DocstringPairs.Pair(language, "repo", "train", "f", "", summary, List.of(tokens.split(" ")));
    }

    private final List<DocstringPairs.Pair> train = List.of(
            pair("python", "def load config ( path ) : return json . load ( open ( path ) )", "Load the config."),
            pair("python", "def save model ( model , path ) : pickle . dump ( model , path )", "Save a model."),
            pair("java", "public int size ( ) { return count ; }", "Returns the number of elements."));

    @Test
    void returnsTheSummaryOfTheMostSimilarFunctionOfTheSameLanguage() throws Exception {
        try (RetrievalSummarizer r = new RetrievalSummarizer(train)) {
            assertEquals("Save a model.", r.summarize("python", List.of("def", "save", "model", "(", "m", ")")));
            assertEquals("Load the config.", r.summarize("python", List.of("def", "read", "config", "(", ")")));
            // "size" and "count" only occur in the Java function, which a Python query must not get
            assertEquals("Returns the number of elements.", r.summarize("java", List.of("size", "count")));
            assertEquals("Load the config.", r.summarize("python", List.of("size", "count", "config")));
        }
    }

    @Test
    void nothingInCommonGivesNull() throws Exception {
        try (RetrievalSummarizer r = new RetrievalSummarizer(train)) {
            assertNull(r.summarize("python", List.of("zebra")));
            assertNull(r.summarize("python", List.of()));
            assertNull(r.summarize("java", List.of("pickle")));
        }
    }
}
