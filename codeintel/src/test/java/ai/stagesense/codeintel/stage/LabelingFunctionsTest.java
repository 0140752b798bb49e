package ai.stagesense.codeintel.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelingFunctionsTest {

    @Test
    void atLeastThirtyFunctionsWithUniqueWellFormedNames() {
        List<LabelingFunction> all = LabelingFunctions.all();
        assertTrue(all.size() >= 30, "only " + all.size() + " labeling functions");
        Set<String> names = new HashSet<>();
        for (LabelingFunction lf : all) {
            assertTrue(lf.name().matches("lf_[a-z0-9]+(?:_[a-z0-9]+)*"), lf.name());
            assertTrue(names.add(lf.name()), "duplicate name " + lf.name());
        }
    }

    @Test
    void everyStageIsCoveredByAtLeastThreeFunctions() {
        Map<Stage, Integer> perStage = new EnumMap<>(Stage.class);
        for (StageRule rule : LabelingFunctions.rules()) {
            perStage.merge(rule.stage(), 1, Integer::sum);
        }
        for (Stage stage : Stage.values()) {
            assertTrue(perStage.getOrDefault(stage, 0) >= 3, stage + " has " + perStage.get(stage));
        }
    }

    @Test
    void votesFollowTheOrderOfAllAndAgreeWithEachFunction() {
        List<LabelingFunction> all = LabelingFunctions.all();
        assertEquals(LabelingFunctions.rules(), all);
        for (StageCorpus.Example example : StageCorpus.all()) {
            int[] votes = LabelingFunctions.votes(example.features());
            assertEquals(all.size(), votes.length);
            for (int i = 0; i < votes.length; i++) {
                assertEquals(Stage.toVote(all.get(i).vote(example.features())), votes[i],
                        all.get(i).name() + " on " + example.name());
            }
        }
    }

    @Test
    void emptyAndNullCellsGetNoVotes() {
        for (CellFeatures cell : List.of(
                new CellFeatures("", List.of()),
                new CellFeatures(null, null),
                new CellFeatures("   \n\n", Arrays.asList("", null, "  ")))) {
            assertTrue(Arrays.stream(LabelingFunctions.votes(cell)).allMatch(v -> v == Stage.ABSTAIN),
                    cell.toString());
            assertEquals(null, MajorityVote.of(LabelingFunctions.votes(cell)));
        }
    }

    @Test
    void neverThrowsOnGarbage() {
        Random random = new Random(42);
        List<String> oddLines = List.of("=", "==", "+=", "var", "var0=", "=var0", "import_", "def_", "class_", "!", "%",
                "%%", "?", "@", "for_", "if", "return_", "del_", "((((", "))))", "[[", "]]", "var0[]=(", "print(",
                "print(,,)", "len(len(len(len(len(len(var0))))))", "var0.fit(", ".fit", "re.compile", "\u00e9\u4e2d",
                "\t\r", "\\", "'\"", "import_(x)", "var0.eval(", "def_" + "_".repeat(500));
        List<String> sources = List.of("", "#", "# ", "'#'", "print(f\"", "print(\"accuracy", "open(",
                "\"unterminated.csv", "!", "%", "\u0000\u0001", "for epoch in range(", "'''\n# load data\n'''",
                "x = \"a.csv\" # load data");
        for (int round = 0; round < 300; round++) {
            List<String> masked = new ArrayList<>();
            int n = random.nextInt(8);
            for (int i = 0; i < n; i++) {
                masked.add(random.nextBoolean() ? oddLines.get(random.nextInt(oddLines.size())) : noise(random, 40));
            }
            String source = random.nextBoolean() ? sources.get(random.nextInt(sources.size())) : noise(random, 200);
            assertVotesWellFormed(new CellFeatures(source, masked));
        }
        for (String line : oddLines) {
            assertVotesWellFormed(new CellFeatures(line, List.of(line)));
        }
    }

    @Test
    void hugeCellsAreVotedOnQuickly() {
        StringBuilder source = new StringBuilder();
        List<String> masked = new ArrayList<>();
        List<StageCorpus.Example> corpus = StageCorpus.all();
        for (int i = 0; source.length() < 2_000_000; i++) {
            StageCorpus.Example example = corpus.get(i % corpus.size());
            source.append(example.source());
            masked.addAll(example.masked());
        }
        CellFeatures realistic = new CellFeatures(source.toString(), masked);
        String oneLongLine = "var0" + ".fit_Scaler_clean_".repeat(200_000) + "(";
        CellFeatures pathological = new CellFeatures("print(\"" + "a".repeat(2_000_000),
                List.of(oneLongLine, "def_" + "clean_".repeat(200_000), "x".repeat(1_000_000) + "Encoder"));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertVotesWellFormed(realistic);
            assertVotesWellFormed(pathological);
            for (LabelingFunction lf : LabelingFunctions.all()) {
                lf.vote(pathological);
            }
        });
    }

    @Test
    void sourceOnlyFunctionsStillVoteWhenMaskingProducedNothing() {
        CellFeatures broken = new CellFeatures("""
                # Load the data
                df = pd.read_csv("data/train.csv"
                """, List.of());
        assertEquals(Stage.LOAD, MajorityVote.of(LabelingFunctions.votes(broken)));

        CellFeatures shell = new CellFeatures("!pip install -q transformers\n!nvidia-smi", List.of());
        assertEquals(Stage.IMPORTS, MajorityVote.of(LabelingFunctions.votes(shell)));
    }

    private static void assertVotesWellFormed(CellFeatures cell) {
        int[] votes = LabelingFunctions.votes(cell);
        assertEquals(LabelingFunctions.all().size(), votes.length);
        for (int i = 0; i < votes.length; i++) {
            int vote = votes[i];
            StageRule rule = LabelingFunctions.rules().get(i);
            assertTrue(vote == Stage.ABSTAIN || vote == rule.stage().ordinal(), rule.name() + " voted " + vote);
        }
        MajorityVote.of(votes);
    }

    private static String noise(Random random, int maxLength) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz_0123456789.,()[]=+-*/%!?@#'\" \n\t<>{}:\\$\u00e9\u4e2d";
        int length = random.nextInt(maxLength + 1);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
