package ai.stagesense.cli;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The nearest-neighbour baseline of the summariser evaluation: the summary of the training function whose code
 * sub-tokens match best (Lucene BM25, same language only). It shows how far copying the docstring of similar
 * code gets, which is what a model must beat to be worth its size.
 */
final class RetrievalSummarizer implements AutoCloseable {

    /** Query terms per function; Lucene's default limit is 1024 clauses and the first tokens name the function. */
    static final int MAX_TERMS = 256;

    private static final String CODE = "code";
    private static final String LANGUAGE = "language";
    private static final String SUMMARY = "summary";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** @param train the functions that may be retrieved (their code tokens and summaries) */
    RetrievalSummarizer(List<DocstringPairs.Pair> train) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (DocstringPairs.Pair p : train) {
                Document doc = new Document();
                doc.add(new TextField(CODE, String.join(" ", p.codeTokens()), Field.Store.NO));
                doc.add(new StringField(LANGUAGE, p.language(), Field.Store.NO));
                doc.add(new StoredField(SUMMARY, p.summary()));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    /** @return the summary of the most similar training function, or null when nothing shares a token */
    String summarize(String language, List<String> codeTokens) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        for (String t : codeTokens) {
            if (terms.size() == MAX_TERMS) {
                break;
            }
            if (!t.isBlank() && !t.contains(" ")) {
                terms.add(t);
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term(LANGUAGE, language)), BooleanClause.Occur.FILTER);
        for (String t : terms) {
            query.add(new TermQuery(new Term(CODE, t)), BooleanClause.Occur.SHOULD);
        }
        query.setMinimumNumberShouldMatch(1);
        TopDocs top = searcher.search(query.build(), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        return searcher.storedFields().document(top.scoreDocs[0].doc).get(SUMMARY);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
