package ai.stagesense.server.engines.completion;

import java.util.List;

/** One backoff level of an {@link NgramTable}: the next lines counted after a context, most frequent first. */
interface NgramLevel {

    /**
     * The next lines after the stage key and the context's previous lines (all of the table's, oldest first; the
     * level uses as many of the last as it counts), or null when the level never saw that context.
     */
    Next lookup(String stage, List<String> previous);

    /** One context's next lines, most frequent first (ties by line). */
    interface Next {

        int size();

        String line(int i);

        long count(int i);

        /** The context's count: the sum of its lines' counts, or more where rare lines were not kept. */
        long total();

        boolean contains(String line);
    }
}
