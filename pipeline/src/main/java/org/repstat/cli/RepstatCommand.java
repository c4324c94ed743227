package org.repstat.cli;

import java.io.PrintWriter;
import org.repstat.importing.ImportFailedException;
import org.repstat.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code repstat} command line: the batch jobs an analyst runs. Exit codes: 0 ok, 1 a check of severity
 * error failed, 2 bad input or usage, 3 an internal failure.
 */
@Command(name = "repstat", mixinStandardHelpOptions = true, version = "repstat 0.1.0",
        description = "Sourced statistics of Soviet state repression, 1937–38: import, check, chart, report, export.",
        subcommands = {RunCommand.class, ImportCommand.class, CheckCommand.class, ChartCommand.class,
                ReportCommand.class, NotebooksCommand.class, ListCommand.class, RecordsCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:a check of severity error failed", "2:bad input (file, line, column named) or bad usage",
                "3:internal failure"})
public class RepstatCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try 'repstat run')");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI without exiting the JVM: what tests call. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new RepstatCommand());
        cli.setExecutionExceptionHandler(RepstatCommand::handle);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands on Errors; one would otherwise end the JVM with exit code 1, "a check failed"
            System.err.println("repstat: out of memory (" + e.getMessage() + "): give the JVM more, e.g. REPSTAT_JAVA_OPTS=-Xmx8g;"
                    + " nothing was published");
            return ExitCodes.INTERNAL;
        } catch (Error e) {
            System.err.println("repstat: internal failure (a bug; nothing was published): " + e);
            e.printStackTrace(System.err);
            return ExitCodes.INTERNAL;
        }
    }

    /**
     * The one error path of every command. Bad input — an {@link InputException} or an import's list of them, also
     * when it arrives wrapped (a Spark task, a library callback) — is exit 2 with file, line and column and no stack
     * trace unless {@code --verbose}. A file the machine cannot write is exit 3 with the file named. Anything else is
     * a bug: exit 3 with the stack trace to report it with.
     */
    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean verbose = verbose(parsed);
        ImportFailedException failed = cause(e, ImportFailedException.class);
        InputException input = cause(e, InputException.class);
        if (failed != null || input != null) {
            err.println("repstat: bad input, nothing was published:");
            if (failed != null) {
                failed.problems().forEach(p -> err.println("  " + p.getMessage()));
            } else {
                err.println("  " + input.getMessage());
            }
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        java.io.IOException io = cause(e, java.io.IOException.class);
        if (io != null && (io instanceof java.nio.file.FileSystemException || e instanceof java.io.UncheckedIOException)) {
            err.println("repstat: cannot read or write a file (the published files are as they were): " + describe(io));
            if (verbose) {
                e.printStackTrace(err);
            } else {
                err.println("  (--verbose shows where)");
            }
            err.flush();
            return ExitCodes.INTERNAL;
        }
        err.println("repstat: internal failure (a bug: please report it with this output; nothing was published): " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static String describe(java.io.IOException e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getFile() + (f.getOtherFile() == null ? "" : " → " + f.getOtherFile()) + ": "
                    + (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName());
        }
        return e.getMessage();
    }

    /** The first exception of type {@code type} in the chain of causes, or null. */
    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
