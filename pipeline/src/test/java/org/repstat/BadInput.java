package org.repstat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The promise to a curator, as one assertion: bad input ends with exit code 2, a message naming the place, no stack
 * trace, and every published file (clean tables, codebook, report, charts, notebooks) exactly as it was.
 */
public final class BadInput {

    /** A Java stack frame, or an exception's class name leaking into a message meant for a person. */
    private static final Pattern STACK = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|\\b(java|org|scala)\\.[\\w.$]+(Exception|Error)\\b");

    private BadInput() {
    }

    /** A copy of the repository's datasets, stage plan, report and notebooks under {@code dir}. */
    public static Workspace copyOfRepository(Path dir) {
        Workspace ws = TestWorkspace.copyOfDatasets(dir);
        for (String folder : List.of("reports", "notebooks-export")) {
            Path from = TestWorkspace.repository().home().resolve(folder);
            if (Files.isDirectory(from)) {
                TestWorkspace.copyTree(from, dir.resolve(folder));
            }
        }
        return ws;
    }

    /** SHA-256 of every published file of a workspace, keyed by its path from the home. */
    public static Map<String, String> published(Workspace ws) {
        Map<String, String> out = new TreeMap<>();
        for (String folder : List.of("datasets/clean", "reports", "notebooks-export")) {
            TestWorkspace.digests(ws.home().resolve(folder)).forEach((k, v) -> out.put(folder + "/" + k, v));
        }
        Path codebook = ws.home().resolve("datasets/README.md");
        if (Files.exists(codebook)) {
            out.put("datasets/README.md", sha256(read(codebook)));
        }
        return out;
    }

    /** Runs a command on the workspace and asserts the promise; returns standard error for the message checks. */
    public static String refused(Workspace ws, String... command) {
        Map<String, String> before = published(ws);
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--home");
        args.add(ws.home().toString());
        CliRun.Result r = CliRun.run(args.toArray(String[]::new));
        assertEquals(2, r.exitCode(), "expected exit 2 (bad input), got " + r.exitCode() + ":\n" + r.err());
        assertNoStackTrace(r.err());
        assertEquals(before, published(ws), "a published file changed although the command failed:\n" + r.err());
        return r.err();
    }

    /** Runs exactly {@code args} (no --home added) and asserts exit 2 without a stack trace; returns standard error. */
    public static String refusedAsGiven(String... args) {
        CliRun.Result r = CliRun.run(args);
        assertEquals(2, r.exitCode(), "expected exit 2 (bad input), got " + r.exitCode() + ":\n" + r.err());
        assertNoStackTrace(r.err());
        return r.err();
    }

    public static void assertNoStackTrace(String err) {
        assertFalse(STACK.matcher(err).find(), "a stack trace or exception class reached the user:\n" + err);
    }

    /** After editing the camps file, record its new SHA-256, so that only the edit itself is refused. */
    public static void resealCampsFile(Workspace ws) {
        Path data = ws.raw().resolve("urbica-gulag-admin-2017/data.csv");
        write(data.resolveSibling("data.csv.sha256"), (sha256(read(data)) + "  data.csv\n").getBytes());
    }

    public static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path p, byte[] bytes) {
        try {
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
