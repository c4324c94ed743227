package org.repstat.cli;

/**
 * The CLI's promise to scripts: what each exit code means. The {@code *_LINE} strings are the same promise as
 * each command's {@code --help} states it (picocli's exit-code list: "code:meaning").
 */
public final class ExitCodes {
    public static final int OK = 0;
    /** A check of severity error failed: the data disagree in a way nobody has explained. */
    public static final int CHECK_ERRORS = 1;
    /** Bad input or bad usage: a named file, line and column, or a wrong option. */
    public static final int BAD_INPUT = 2;
    /** A bug or an environment failure (disk, memory): not the data's fault. */
    public static final int INTERNAL = 3;

    public static final String HEADING = "%nExit codes:%n";
    public static final String OK_LINE = "0:ok";
    public static final String CHECKS_LINE = "1:a check of severity error failed (its rows are printed; all in datasets/clean/checks.csv)";
    public static final String BAD_INPUT_LINE = "2:bad input (the file, line and column named; nothing was published) or bad usage";
    public static final String INTERNAL_LINE = "3:internal failure: a bug, or a file the machine cannot write (nothing was published)";

    private ExitCodes() {
    }
}
