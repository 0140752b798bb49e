package ai.stagesense.dataset.notebooks;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Finds forked notebooks: exact copies (same normalised code cells in the same order) and near copies (Jaccard
 * similarity of their cell sets at least {@link #NEAR_THRESHOLD}). Of each group the {@link NotebookSketch#PREFERRED}
 * copy stays. Deduplication runs before splits are used, so a fork cannot land in test while its original trains.
 *
 * <p>Near copies are dropped pairwise (the less preferred of each similar pair), which can also drop the middle of a
 * chain A~B~C where A and C are not similar themselves; such chains are rare and cost only data, never leakage.
 */
public final class NotebookDedup {

    public static final double NEAR_THRESHOLD = 0.8;
    /** A band bucket this large is a degenerate set (e.g. one ubiquitous cell); comparing it all is quadratic. */
    static final int MAX_BUCKET = 2000;

    public static final String EXACT = "exact_duplicate";
    public static final String NEAR = "near_duplicate";

    private NotebookDedup() {
    }

    /** Ids of the notebooks to drop, with {@link #EXACT} or {@link #NEAR}. */
    public static JavaPairRDD<String, String> duplicates(JavaRDD<LoadedNotebook> usable) {
        JavaPairRDD<Long, Iterable<NotebookSketch>> groups = usable
                .mapToPair(n -> new Tuple2<>(n.fingerprint(), NotebookSketch.of(n)))
                .groupByKey();
        JavaPairRDD<String, String> exact = groups.flatMapToPair(g -> {
            List<NotebookSketch> copies = sorted(g._2());
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (NotebookSketch s : copies.subList(1, copies.size())) {
                out.add(new Tuple2<>(s.id(), EXACT));
            }
            return out.iterator();
        });
        JavaRDD<NotebookSketch> keepers = groups.map(g -> sorted(g._2()).get(0));
        JavaPairRDD<String, String> near = keepers
                .filter(s -> s.cellSet().length > 0)
                .flatMapToPair(s -> {
                    List<Tuple2<Long, NotebookSketch>> out = new ArrayList<>();
                    for (long key : MinHash.bandKeys(MinHash.signature(s.cellSet()))) {
                        out.add(new Tuple2<>(key, s));
                    }
                    return out.iterator();
                })
                .groupByKey()
                .flatMapToPair(bucket -> nearDuplicates(sorted(bucket._2())).iterator())
                .reduceByKey((a, b) -> a);
        return exact.union(near);
    }

    /** In preference order: each member similar to a better one is dropped. */
    static List<Tuple2<String, String>> nearDuplicates(List<NotebookSketch> bucket) {
        List<Tuple2<String, String>> out = new ArrayList<>();
        List<NotebookSketch> members = bucket.subList(0, Math.min(bucket.size(), MAX_BUCKET));
        for (int j = 1; j < members.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (MinHash.jaccard(members.get(i).cellSet(), members.get(j).cellSet()) >= NEAR_THRESHOLD) {
                    out.add(new Tuple2<>(members.get(j).id(), NEAR));
                    break;
                }
            }
        }
        return out;
    }

    private static List<NotebookSketch> sorted(Iterable<NotebookSketch> sketches) {
        List<NotebookSketch> list = new ArrayList<>();
        sketches.forEach(list::add);
        list.sort(NotebookSketch.PREFERRED);
        return list;
    }
}
