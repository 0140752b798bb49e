package ai.stagesense.packages;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The BM25 fields' analysis: Unicode word breaks (so {@code scikit-learn} is two words), lower case, English stop
 * words plus the words every package summary says ("python", "library"), and KStem — a light stemmer, so
 * "dataframes" finds "DataFrame" while "testing" and "tests" stay apart from "testament".
 */
public final class PackageAnalyzer extends Analyzer {

    private static final CharArraySet STOP_WORDS;

    static {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stop.addAll(List.of("python", "python3", "py", "library", "libraries", "package", "packages", "module",
                "modules", "api", "implementation", "simple", "easy", "support", "using", "based", "use", "tool",
                "tools", "utility", "utilities", "interface", "lib", "project", "from", "your", "you"));
        STOP_WORDS = CharArraySet.unmodifiableSet(stop);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new KStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** The distinct terms of a text, in order of first appearance. */
    public List<String> terms(String text) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        try (TokenStream stream = tokenStream("", new StringReader(text == null ? "" : text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }
}
