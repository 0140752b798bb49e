package ai.stagesense.codeintel.tokens;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {

    private static final List<List<String>> CORPUS = List.of(
            MaskedTokens.tokenize("import_pandas"),
            MaskedTokens.tokenize("var0=pandas.read_csv"),
            MaskedTokens.tokenize("var0.head"),
            MaskedTokens.tokenize("var0[].fillna"),
            MaskedTokens.tokenize("var1=var0.groupby.mean"));

    @Test
    void specialsComeFirstWithFixedIds() {
        Vocabulary v = Vocabulary.build(List.of(), 1, 100);

        assertEquals(List.of("<pad>", "<unk>", "<s>", "</s>", "<nl>", "<cell>"), v.tokens());
        assertEquals(0, v.id("<pad>"));
        assertEquals(1, v.id("<unk>"));
        assertEquals(5, v.id("<cell>"));
    }

    @Test
    void ranksByFrequencyThenAlphabetically() {
        Vocabulary v = Vocabulary.build(CORPUS, 1, 100);

        // '.' x5, var0 x4, '=' x2, pandas x2, then the singletons in String order ('[' sorts before letters)
        assertEquals(List.of(".", "var0", "=", "pandas", "[]", "fillna", "groupby", "head", "import_", "mean",
                "read_csv", "var1"), v.tokens().subList(6, v.size()));
    }

    @Test
    void minCountAndMaxSizeLimitTheVocabulary() {
        Vocabulary frequent = Vocabulary.build(CORPUS, 2, 100);
        Vocabulary small = Vocabulary.build(CORPUS, 1, 8);

        assertEquals(List.of(".", "var0", "=", "pandas"), frequent.tokens().subList(6, frequent.size()));
        assertEquals(8, small.size());
        assertEquals(List.of(".", "var0"), small.tokens().subList(6, 8));
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.build(CORPUS, 1, 5));
    }

    @Test
    void buildIsDeterministicWhateverTheInputOrder() {
        List<List<String>> reversed = new java.util.ArrayList<>(CORPUS);
        java.util.Collections.reverse(reversed);

        assertEquals(Vocabulary.build(CORPUS, 1, 100).tokens(), Vocabulary.build(reversed, 1, 100).tokens());
    }

    @Test
    void encodeMapsUnknownTokensToUnkAndDecodeInverts() {
        Vocabulary v = Vocabulary.build(CORPUS, 1, 100);
        List<String> line = MaskedTokens.tokenize("var0=pandas.read_excel");

        int[] ids = v.encode(line);

        assertArrayEquals(new int[]{v.id("var0"), v.id("="), v.id("pandas"), v.id("."), Vocabulary.UNK_ID}, ids);
        assertEquals(List.of("var0", "=", "pandas", ".", "<unk>"), v.decode(ids));
        assertThrows(IllegalArgumentException.class, () -> v.decode(new int[]{v.size()}));
    }

    @Test
    void saveAndLoadRoundTripAsOneTokenPerLine(@TempDir Path dir) throws IOException {
        Vocabulary v = Vocabulary.build(List.of(List.of("größe", "<str>", "%%", "größe")), 1, 100);
        Path file = dir.resolve("vocab.txt");

        v.save(file);
        Vocabulary loaded = Vocabulary.load(file);

        assertEquals(v.tokens(), loaded.tokens());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(v.size(), lines.size());
        assertEquals("größe", lines.get(6), "line number is the id");
        assertEquals(6, loaded.id("größe"));
    }

    @Test
    void loadRejectsAFileWithoutTheSpecialsAndNamesIt(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("words.txt"), List.of("<pad>", "<unk>", "the", "of"));

        IOException e = assertThrows(IOException.class, () -> Vocabulary.load(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("<s>"), e.getMessage());
    }

    @Test
    void loadRejectsTruncatedAndDuplicatedFiles(@TempDir Path dir) throws IOException {
        Path truncated = Files.write(dir.resolve("short.txt"), List.of("<pad>", "<unk>"));
        Path duplicated = Files.write(dir.resolve("dup.txt"),
                List.of("<pad>", "<unk>", "<s>", "</s>", "<nl>", "<cell>", "var0", "var0"));

        assertTrue(assertThrows(IOException.class, () -> Vocabulary.load(truncated)).getMessage().contains("end of file"));
        assertTrue(assertThrows(IOException.class, () -> Vocabulary.load(duplicated)).getMessage().contains("repeats line 7"));
    }

    @Test
    void tokensThatCannotBeStoredOnOneLineAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.build(List.of(List.of("a\nb")), 1, 10));
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.build(List.of(List.of("")), 1, 10));
    }
}
