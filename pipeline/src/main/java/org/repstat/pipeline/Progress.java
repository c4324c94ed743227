package org.repstat.pipeline;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Function;
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
        return timed(name, work, result -> null);
    }

    public void step(String name, Runnable work) {
        step(name, () -> {
            work.run();
            return null;
        });
    }

    /** A step whose work returns a short note for its line ("drew 2 figures, 20 from the cache"), or null. */
    public void noted(String name, Supplier<String> work) {
        timed(name, work, note -> note);
    }

    private <T> T timed(String name, Supplier<T> work, Function<T, String> note) {
        String counter = counter();
        // the stage's id (before its description) names it again on the line that ends it
        String id = name.contains(": ") ? name.substring(0, name.indexOf(": ")) : name;
        line(counter + name + " …");
        long start = System.nanoTime();
        try {
            T result = work.get();
            String said = note.apply(result);
            line(String.format(Locale.ROOT, "%s%s done (%.1f s%s)", counter, id, (System.nanoTime() - start) / 1e9,
                    said == null ? "" : "; " + said));
            return result;
        } catch (RuntimeException e) {
            line(counter + id + " failed");
            throw e;
        }
    }

    /** A step that did not need to run: its inputs and outputs are as its last run left them. */
    public void skipped(String name) {
        line(counter() + name + " … up to date");
    }

    private String counter() {
        current++;
        return total > 1 ? "[" + current + "/" + total + "] " : "";
    }

    private void line(String text) {
        synchronized (out) {
            out.print(text + "\n");
            out.flush();
        }
    }
}
