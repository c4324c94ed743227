package org.repstat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.repstat.cli.RepstatCommand;

/**
 * Runs the repstat command line in the test JVM and captures what it prints, as an analyst would see it: the exit
 * code, standard output (the summary) and standard error (progress and located errors).
 */
public final class CliRun {

    /** What one command did. */
    public record Result(int exitCode, String out, String err) {
    }

    private CliRun() {
    }

    public static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        // picocli's writers wrap System.out/err as they are when the command line is built, inside execute()
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = RepstatCommand.execute(args);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
