package org.repstat.records;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The wall time of whole commands, started as a user starts them: the JVM's own start ({@code java -version}) as
 * the floor, the launcher with nothing to do ({@code repstat --version}), and {@code repstat run} cold
 * ({@code --force}) and as a no-op, as subprocesses of the launcher script. What {@code run} costs above the
 * floor is what the issue asks about; the bench divides by the floor.
 */
public final class Launches {

    static final String JVM = "JVM start (java -version)";
    static final String LAUNCHER = "launcher, no work (repstat --version)";
    static final String COLD = "repstat run --force (cold)";
    static final String NO_OP = "repstat run (no-op)";

    /** One command, timed {@code seconds.size()} times. */
    public record Timing(String what, List<Double> seconds) {
        public double median() {
            List<Double> sorted = seconds.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }

    private Launches() {
    }

    /**
     * Times the four commands in {@code home}; output goes to {@code logs}. {@code repstat run} publishes into the
     * repository it runs in, as it always does (the same inputs give byte-identical files).
     */
    public static List<Timing> measure(Path home, Path logs, int repeats, PrintStream log) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String launcher = home.resolve("repstat").toString();
        List<Timing> out = new ArrayList<>();
        out.add(time(JVM, List.of(java, "-version"), repeats, home, logs, log));
        out.add(time(LAUNCHER, List.of(launcher, "--version"), repeats, home, logs, log));
        out.add(time(COLD, List.of(launcher, "run", "--force"), 1, home, logs, log));
        out.add(time(NO_OP, List.of(launcher, "run"), repeats, home, logs, log));
        return out;
    }

    static Timing time(String what, List<String> command, int repeats, Path home, Path logs, PrintStream log) {
        List<Double> seconds = new ArrayList<>();
        try {
            Files.createDirectories(logs);
            File output = logs.resolve(what.replaceAll("[^A-Za-z0-9]+", "-") + ".log").toFile();
            for (int i = 0; i < repeats; i++) {
                ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                        .redirectOutput(output);
                long start = System.nanoTime();
                int code = pb.start().waitFor();
                double s = (System.nanoTime() - start) / 1e9;
                if (code != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " exited with " + code + "; see " + output);
                }
                seconds.add(s);
                log.printf(Locale.ROOT, "  %-40s %7.2f s%n", what, s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing " + command, e);
        }
        return new Timing(what, seconds);
    }
}
