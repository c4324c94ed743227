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
        out.print(label(name) + " … ");
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

    /** A step whose work returns a short note for its line ("drew 2 figures, 20 from the cache"), or null. */
    public void noted(String name, Supplier<String> work) {
        out.print(label(name) + " … ");
        out.flush();
        long start = System.nanoTime();
        try {
            String note = work.get();
            out.printf(java.util.Locale.ROOT, "done (%.1f s%s)%n", (System.nanoTime() - start) / 1e9, note == null ? "" : "; " + note);
        } catch (RuntimeException e) {
            out.println("failed");
            throw e;
        }
    }

    /** A step that did not need to run: its inputs and outputs are as its last run left them. */
    public void skipped(String name) {
        out.println(label(name) + " … up to date");
    }

    private String label(String name) {
        current++;
        return total > 1 ? "[" + current + "/" + total + "] " + name : name;
    }

    public void step(String name, Runnable work) {
        step(name, () -> {
            work.run();
            return null;
        });
    }
}
