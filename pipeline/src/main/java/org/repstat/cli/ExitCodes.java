package org.repstat.cli;

/** The CLI's promise to scripts: what each exit code means. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A check of severity error failed: the data disagree in a way nobody has explained. */
    public static final int CHECK_ERRORS = 1;
    /** Bad input or bad usage: a named file, line and column, or a wrong option. */
    public static final int BAD_INPUT = 2;
    /** A bug or an environment failure (disk, memory): not the data's fault. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
