package ai.stagesense.dataset.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class NotebookDedupTest {

    private static long[] range(long from, long to) {
        return LongStream.range(from, to).toArray();
    }

    @Test
    void jaccardOfSortedSets() {
        assertEquals(1.0, MinHash.jaccard(range(0, 10), range(0, 10)));
        assertEquals(1.0 / 3, MinHash.jaccard(range(0, 10), range(5, 15)), 1e-9);
        assertEquals(0.0, MinHash.jaccard(range(0, 5), range(5, 10)));
    }

    @Test
    void similarSetsShareABandAndDifferentOnesRarelyDo() {
        long[] a = range(0, 50);
        long[] b = range(0, 52);
        long[] c = range(1000, 1050);
        assertTrue(shareBand(a, b));
        assertTrue(!shareBand(a, c));
    }

    @Test
    void theMoreCompleteCopyIsKeptAndSimilarOnesDropped() {
        NotebookSketch big = new NotebookSketch("b", 10, range(0, 10));
        NotebookSketch near = new NotebookSketch("a", 9, range(0, 9));
        NotebookSketch other = new NotebookSketch("c", 9, range(100, 109));
        List<NotebookSketch> bucket = new java.util.ArrayList<>(List.of(near, other, big));
        bucket.sort(NotebookSketch.PREFERRED);
        var dropped = NotebookDedup.nearDuplicates(bucket);
        assertEquals(1, dropped.size());
        assertEquals("a", dropped.get(0)._1());
        assertEquals(NotebookDedup.NEAR, dropped.get(0)._2());
    }

    @Test
    void normalisationIgnoresCommentsBlankLinesAndSpacing() {
        assertEquals(CellNormalizer.hash("x = 1\ny = f(x)"), CellNormalizer.hash("# setup\nx  =  1\n\n   y = f(x)"));
        assertEquals(CellNormalizer.EMPTY, CellNormalizer.hash("# nothing but a comment\n\n"));
    }

    private static boolean shareBand(long[] x, long[] y) {
        long[] kx = MinHash.bandKeys(MinHash.signature(x));
        long[] ky = MinHash.bandKeys(MinHash.signature(y));
        for (int i = 0; i < kx.length; i++) {
            if (kx[i] == ky[i]) {
                return true;
            }
        }
        return false;
    }
}
