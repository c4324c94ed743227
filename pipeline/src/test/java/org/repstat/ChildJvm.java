package org.repstat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The repstat CLI in a JVM of its own, for what one JVM cannot test: its default locale, or being killed. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts {@code repstat args} with extra JVM options; standard output and error go to {@code log}. */
    public static Process start(List<String> jvmOptions, Path log, String... args) {
        return start(jvmOptions, List.of(), log, args);
    }

    /** As {@link #start(List, Path, String...)}, with the environment variables {@code unset} removed. */
    public static Process start(List<String> jvmOptions, List<String> unset, Path log, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.repstat.cli.RepstatCommand");
        command.addAll(List.of(args));
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().remove(Workspace.HOME_VARIABLE);
            unset.forEach(pb.environment()::remove);
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to the end (at most {@code timeoutSeconds}) and returns the exit code. */
    public static int run(List<String> jvmOptions, Path log, long timeoutSeconds, String... args) {
        return run(jvmOptions, List.of(), log, timeoutSeconds, args);
    }

    /** As {@link #run(List, Path, long, String...)}, with the environment variables {@code unset} removed. */
    public static int run(List<String> jvmOptions, List<String> unset, Path log, long timeoutSeconds, String... args) {
        Process p = start(jvmOptions, unset, log, args);
        try {
            if (!p.waitFor(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("repstat " + String.join(" ", args) + " did not end in " + timeoutSeconds + " s; see " + log);
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
