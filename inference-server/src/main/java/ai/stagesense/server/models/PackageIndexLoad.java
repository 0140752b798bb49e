package ai.stagesense.server.models;

import ai.stagesense.server.engines.packages.IndexPackageEngine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The package index opening on its own thread while the other models load; {@link #join()} waits for it. */
final class PackageIndexLoad {

    @FunctionalInterface
    interface Opener {
        IndexPackageEngine open() throws ModelLoadException;
    }

    private final CompletableFuture<IndexPackageEngine> future;
    private volatile double seconds;

    private PackageIndexLoad(Opener opener) {
        this.future = CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            try {
                return opener.open();
            } catch (ModelLoadException e) {
                throw new CompletionException(e);
            } finally {
                seconds = (System.nanoTime() - started) / 1e9;
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "stagesense-package-index-load");
            thread.setDaemon(true);
            thread.start();
        });
    }

    static PackageIndexLoad start(Opener opener) {
        return new PackageIndexLoad(opener);
    }

    /** The opened engine, or the load's failure (a checksum-verified index that Lucene cannot read). */
    IndexPackageEngine join() throws ModelLoadException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ModelLoadException load) {
                throw load;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** For a startup that failed elsewhere: the index is closed once open, so nothing keeps its files mapped. */
    void discard() {
        future.thenAccept(engine -> {
            try {
                engine.close();
            } catch (Exception e) {
                // the index was only read; closing it can lose nothing
            }
        });
    }

    /** How long the opening took (its share of the load, for /v1/models). */
    double seconds() {
        return seconds;
    }
}
