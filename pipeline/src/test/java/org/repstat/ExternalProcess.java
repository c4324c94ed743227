package org.repstat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a real outside program (node, Debian's python3, jupyter) for the slow tier, with a time limit. */
public final class ExternalProcess {

    /** What the program printed (stdout and stderr together) and how it ended. */
    public record Result(int exitCode, String output) {
    }

    private ExternalProcess() {
    }

    public static Result run(Path workingDir, long timeoutSeconds, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out after " + timeoutSeconds + " s: " + command);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + " (is it installed? see .ci/install-packages): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
