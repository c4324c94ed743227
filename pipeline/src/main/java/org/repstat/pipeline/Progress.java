package org.repstat.pipeline;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Shows which stage is running and how long each took, on standard error so that standard output stays the
 * summary a script can read. Every line is written whole, at once: one when a stage starts, one when it ends, so
 * that nothing else writing to standard error (a library's log line) can land inside one.
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
        String counter = total > 1 ? "[" + current + "/" + total + "] " : "";
        // the stage's id (before its description) names it again on the line that ends it
        String id = name.contains(": ") ? name.substring(0, name.indexOf(": ")) : name;
        line(counter + name + " …");
        long start = System.nanoTime();
        try {
            T result = work.get();
            line(String.format(java.util.Locale.ROOT, "%s%s done (%.1f s)", counter, id, (System.nanoTime() - start) / 1e9));
            return result;
        } catch (RuntimeException e) {
            line(counter + id + " failed");
            throw e;
        }
    }

    public void step(String name, Runnable work) {
        step(name, () -> {
            work.run();
            return null;
        });
    }

    private void line(String text) {
        synchronized (out) {
            out.print(text + "\n");
            out.flush();
        }
    }
}
