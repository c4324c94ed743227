package org.repstat.pipeline;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Shows which stage is running and how long each took, on standard error so that standard output stays the
 * summary a script can read.
 */
public final class Progress {

    private final PrintStream out;
    private final int total;
    private int current;

    public Progress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    public <T> T step(String name, Supplier<T> work) {
        current++;
        String label = total > 1 ? "[" + current + "/" + total + "] " + name : name;
        out.print(label + " … ");
        out.flush();
        long start = System.nanoTime();
        try {
            T result = work.get();
            out.printf(java.util.Locale.ROOT, "done (%.1f s)%n", (System.nanoTime() - start) / 1e9);
            return result;
        } catch (RuntimeException e) {
            out.println("failed");
            throw e;
        }
    }

    public void step(String name, Runnable work) {
        step(name, () -> {
            work.run();
            return null;
        });
    }
}
