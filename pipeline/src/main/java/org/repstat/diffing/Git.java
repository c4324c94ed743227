package org.repstat.diffing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.repstat.io.InputException;

/** The few git commands {@code repstat diff} needs, run in the repository: resolve a revision, read a file at it. */
final class Git {

    private final Path home;

    Git(Path home) {
        this.home = home;
    }

    record Output(int exitCode, byte[] out, String err) {
    }

    /** The full commit id {@code rev} names; a name git does not know is bad input. */
    String commit(String rev) {
        if (rev.startsWith("-")) { // never an option to git
            throw new InputException(Path.of(rev), 0, null, "expected a git revision, found an option");
        }
        Output o = run("rev-parse", "--verify", "--quiet", rev + "^{commit}");
        if (o.exitCode() != 0) {
            Output inside = run("rev-parse", "--is-inside-work-tree");
            throw new InputException(home, 0, null, inside.exitCode() != 0
                    ? "expected a git repository (to compare with a revision), found none here; --last-run compares with the published files instead"
                    : "expected a git revision (a commit, branch or tag), found '" + rev + "'");
        }
        return new String(o.out(), StandardCharsets.UTF_8).strip();
    }

    /** The file at {@code path} (relative to the repository root given as home) in {@code commit}, or null if absent there. */
    byte[] show(String commit, String path) {
        Output o = run("show", commit + ":./" + path);
        return o.exitCode() == 0 ? o.out() : null;
    }

    private Output run(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", home.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> copy(p.getErrorStream(), err));
            drain.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", args) + " did not end in 60 s");
            }
            drain.join();
            return new Output(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(home, 0, null, "expected git on the PATH (to compare with a revision), found none: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
