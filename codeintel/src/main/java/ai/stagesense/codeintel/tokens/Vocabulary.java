package ai.stagesense.codeintel.tokens;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token ↔ id mapping shared by training (Python side) and inference (Java side): the saved file is the contract, one
 * token per line, line number (0-based) = id, so both sides agree without a serialization library.
 */
public final class Vocabulary {

    public static final String PAD = "<pad>";
    public static final String UNK = "<unk>";
    public static final String BOS = "<s>";
    public static final String EOS = "</s>";
    public static final String NEWLINE = "<nl>";
    public static final String CELL = "<cell>";

    public static final int PAD_ID = 0;
    public static final int UNK_ID = 1;
    public static final int BOS_ID = 2;
    public static final int EOS_ID = 3;
    public static final int NEWLINE_ID = 4;
    public static final int CELL_ID = 5;

    /** In id order. */
    public static final List<String> SPECIALS = List.of(PAD, UNK, BOS, EOS, NEWLINE, CELL);

    private final List<String> tokens;
    private final Map<String, Integer> ids;

    private Vocabulary(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
        this.ids = new HashMap<>();
        for (int i = 0; i < this.tokens.size(); i++) {
            ids.put(this.tokens.get(i), i);
        }
    }

    /**
     * The specials, then every token seen at least {@code minCount} times, most frequent first and ties in
     * {@link String#compareTo} order, so the same corpus always yields the same ids.
     *
     * @param maxSize the total size, specials included
     * @throws IllegalArgumentException if maxSize is below the number of specials, or a token is empty or contains a
     *                                  line break (it could not be saved)
     */
    public static Vocabulary build(Iterable<List<String>> sentences, int minCount, int maxSize) {
        Map<String, Long> counts = new HashMap<>();
        for (List<String> sentence : sentences) {
            for (String token : sentence) {
                counts.merge(token, 1L, Long::sum);
            }
        }
        return fromCounts(counts, minCount, maxSize);
    }

    /**
     * The same ranking from counts a distributed job has already aggregated (the dataset builder counts tokens
     * with Spark and builds the vocabulary from the totals).
     */
    public static Vocabulary fromCounts(Map<String, Long> tokenCounts, int minCount, int maxSize) {
        if (maxSize < SPECIALS.size()) {
            throw new IllegalArgumentException("maxSize " + maxSize + " leaves no room for the " + SPECIALS.size() + " special tokens");
        }
        Map<String, Long> counts = new HashMap<>(tokenCounts);
        counts.keySet().forEach(Vocabulary::checkStorable);
        SPECIALS.forEach(counts::remove);
        List<String> ranked = new ArrayList<>();
        counts.forEach((token, count) -> {
            if (count >= minCount) {
                ranked.add(token);
            }
        });
        ranked.sort(Comparator.<String>comparingLong(counts::get).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> all = new ArrayList<>(SPECIALS);
        all.addAll(ranked.subList(0, Math.min(ranked.size(), maxSize - SPECIALS.size())));
        return new Vocabulary(all);
    }

    private static void checkStorable(String token) {
        if (token.isEmpty() || token.indexOf('\n') >= 0 || token.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("token cannot be stored one per line: '" + token.replace("\n", "\\n").replace("\r", "\\r") + "'");
        }
    }

    public int size() {
        return tokens.size();
    }

    /** The id of a token, {@link #UNK_ID} when it is not in the vocabulary. */
    public int id(String token) {
        return ids.getOrDefault(token, UNK_ID);
    }

    public String token(int id) {
        if (id < 0 || id >= tokens.size()) {
            throw new IllegalArgumentException("id " + id + " is outside the vocabulary (size " + tokens.size() + ")");
        }
        return tokens.get(id);
    }

    public boolean contains(String token) {
        return ids.containsKey(token);
    }

    /** All tokens in id order. */
    public List<String> tokens() {
        return Collections.unmodifiableList(tokens);
    }

    public int[] encode(List<String> sentence) {
        int[] out = new int[sentence.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = id(sentence.get(i));
        }
        return out;
    }

    /** @throws IllegalArgumentException for an id outside the vocabulary: a model/vocabulary mismatch */
    public List<String> decode(int[] ids) {
        List<String> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(token(id));
        }
        return out;
    }

    public void save(Path file) throws IOException {
        Files.write(file, tokens, StandardCharsets.UTF_8);
    }

    /** @throws IOException when the file is unreadable, not UTF-8, or not a vocabulary (specials missing, duplicates) */
    public static Vocabulary load(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException("not a vocabulary file: " + file + ": not UTF-8", e);
        }
        for (int i = 0; i < SPECIALS.size(); i++) {
            String found = i < lines.size() ? "'" + lines.get(i) + "'" : "end of file";
            if (i >= lines.size() || !lines.get(i).equals(SPECIALS.get(i))) {
                throw new IOException("not a vocabulary file: " + file + ": line " + (i + 1) + " is " + found
                        + ", expected '" + SPECIALS.get(i) + "' (the first " + SPECIALS.size() + " lines must be " + SPECIALS + ")");
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                throw new IOException("not a vocabulary file: " + file + ": line " + (i + 1) + " is empty");
            }
            Integer previous = seen.putIfAbsent(lines.get(i), i);
            if (previous != null) {
                throw new IOException("not a vocabulary file: " + file + ": token '" + lines.get(i) + "' on line "
                        + (i + 1) + " repeats line " + (previous + 1));
            }
        }
        return new Vocabulary(lines);
    }
}
