package org.repstat.io;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work done on the machine's other cores (the charts drawn side by side, a third-party file read beside the curated
 * rows) on daemon threads, whose failures reach the caller as they were thrown: an input error stays an input
 * error, a bug stays a bug.
 */
public final class Background {

    private Background() {
    }

    /** A pool of daemon threads named {@code name}. */
    public static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The task's result, or what it threw. */
    public static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for work on another thread", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
