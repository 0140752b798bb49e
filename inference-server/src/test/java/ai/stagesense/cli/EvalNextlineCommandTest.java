package ai.stagesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.server.engines.completion.NextLineEngine;
import ai.stagesense.server.engines.completion.Suggestion;
import ai.stagesense.server.testing.TestModels;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval-nextline end to end: the test models (seq2seq, n-gram, templates) on a small held-out dataset. */
class EvalNextlineCommandTest {

    @TempDir
    Path work;

    @Test
    void everyMethodIsScoredOnEverySubsetAndTheReportIsWritten() throws Exception {
        Path dataset = work.resolve("dataset");
        HeldOutNotebooksTest.writeDataset(dataset);
        Path report = work.resolve("reports/nextline.md");
        Path models = copy(TestModels.tiny(), work.resolve("models")); // the test split's numbers are written into it
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = MainAccess.runCapturingOut(new String[]{"eval-nextline", "--dataset", dataset.toString(),
                "--models", models.toString(), "--report", report.toString(), "--threads", "2"}, out);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, printed);
        List<String> rows = new ArrayList<>(List.of("| served: " + NextLineEngine.SERVED.description() + " |",
                "| seq2seq alone |", "| n-gram (stage-less) + templates |", "| n-gram (stage-aware) + templates |",
                "| copy the previous line |"));
        for (NextLineEngine.Combination other : NextLineEngine.Combination.values()) {
            if (other != NextLineEngine.SERVED) {
                rows.add("| " + other.description() + " |");
            }
        }
        String atLineStart = printed.substring(0, printed.indexOf("### while typing"));
        for (String row : rows) {
            assertEquals(3, atLineStart.split(java.util.regex.Pattern.quote(row), -1).length - 1,
                    row + " in each table");
        }
        assertTrue(printed.contains("### all pairs (6 pairs, 5 whose real line calls an API)"), printed);
        assertTrue(printed.contains("### first line of a new cell (3 pairs,"), printed);
        // The previous line never repeats in these notebooks, and the first line of a notebook has none.
        assertTrue(printed.contains("| copy the previous line | 0.000 | 0.000 | 0.000 | 0.000 |"), printed);
        assertTrue(printed.contains("### while typing: the first 3 characters of the line typed"), printed);
        for (String row : List.of("| nothing suggested (the typed characters alone) | 0.000 | 0.000 |", "| served |",
                "| seq2seq alone |")) {
            assertTrue(printed.substring(printed.indexOf("### while typing")).contains(row), row);
        }
        String written = Files.readString(report);
        assertTrue(written.startsWith("# Next-line suggestions on held-out notebooks"), written);
        assertTrue(written.contains("6 pairs from 2 `test`-split notebooks"), written);
        assertTrue(written.contains("| n-gram (stage-aware) + templates |"), written);

        JsonObject ngram = entry(models, "ngram").getAsJsonObject("metrics");
        for (String key : List.of("test_api_at_1", "test_api_at_3", "test_exact_match_at_1_masked",
                "test_edit_similarity", "test_new_cell_api_at_1", "stage_aware_test_api_at_1",
                "copy_previous_line_test_edit_similarity", "test_note")) {
            assertTrue(ngram.has(key), key + " in " + ngram);
        }
        assertEquals(0.0, ngram.get("copy_previous_line_test_api_at_1").getAsDouble());
        assertTrue(entry(models, "nextline-all").getAsJsonObject("metrics").has("test_api_at_1"));
        assertTrue(printed.contains("(entry 'ngram')"), printed);
    }

    private static JsonObject entry(Path models, String name) throws Exception {
        JsonObject manifest = JsonParser.parseString(Files.readString(models.resolve("manifest.json")))
                .getAsJsonObject();
        for (JsonElement e : manifest.getAsJsonArray("models")) {
            if (e.getAsJsonObject().get("name").getAsString().equals(name)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no entry " + name);
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
        return to;
    }

    @Test
    void whileTypingThePairIsAskedWithTheFirstCharactersOfItsLineAndScoredOnTheCompletedLine() {
        HeldOutNotebooks.Pair pair = new HeldOutNotebooks.Pair(0, "x = 1\n", "var0.head", "df.head()\n", false,
                null, null);
        HeldOutNotebooks.Pair typed = EvalNextlineCommand.typing(pair, 3);
        assertEquals("x = 1\ndf.", typed.prefix());
        assertEquals(null, EvalNextlineCommand.typing(pair, 9), "a line no longer than what is typed is skipped");
        TypingScores scores = new TypingScores();
        scores.add(List.of(new Suggestion("tail()", 0.5, "var0.tail"), new Suggestion("head()", 0.4, "var0.head")),
                "df.", "df.head()\n", 0);
        scores.add(List.of(), "df.", "df.head()", 0);
        assertEquals(0.0, scores.exact1());
        assertEquals(0.5, scores.exact3());
        assertEquals((EditSimilarity.of("df.tail()", "df.head()") + EditSimilarity.of("df.", "df.head()")) / 2,
                scores.editSimilarity(), 1e-12);
        assertEquals(0.5, scores.answered());
    }

    @Test
    void aModelsDirectoryWithoutNextLineModelsIsAnError() throws Exception {
        Path dataset = work.resolve("dataset");
        HeldOutNotebooksTest.writeDataset(dataset);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = MainAccess.run(new String[]{"eval-nextline", "--dataset", dataset.toString(), "--models",
                TestModels.none().toString(), "--report", work.resolve("r.md").toString()}, err);
        assertEquals(1, rc);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no next-line model"), err.toString());
    }
}
