package org.repstat.cli;

import java.io.PrintWriter;
import org.repstat.importing.ImportFailedException;
import org.repstat.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code repstat} command line: the batch jobs an analyst runs, and the commands that read what they publish.
 * Exit codes: 0 ok, 1 a check of severity error failed (or, for {@code diff} and {@code validate}, what they
 * document), 2 bad input or usage, 3 an internal failure.
 */
@Command(name = "repstat", mixinStandardHelpOptions = true,
        description = "Sourced statistics of Soviet state repression, 1937–38: import, check, query, chart, report, export.",
        subcommands = {RunCommand.class, ImportCommand.class, CheckCommand.class, ListCommand.class, QueryCommand.class,
                ShowCommand.class, DiffCommand.class, ValidateCommand.class, ChartCommand.class, ReportCommand.class,
                NotebooksCommand.class, RecordsCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.CHECKS_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE})
public class RepstatCommand implements Runnable {

    public static final String VERSION = "repstat 0.1.0";

    /** Help is laid out for this many columns, on every terminal, so that the README can quote it. */
    public static final int HELP_WIDTH = 100;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /**
     * The command line with every subcommand, as {@code main} runs it: one version for all, help at a fixed width,
     * usage errors as one line and a hint, and the one error path for everything else.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RepstatCommand());
        cli.setExecutionExceptionHandler(RepstatCommand::handle);
        cli.setParameterExceptionHandler(UsageErrors::handle);
        cli.setExecutionStrategy(UsageErrors::refuseLeftovers);
        cli.setUsageHelpWidth(HELP_WIDTH);
        cli.setUsageHelpLongOptionsMaxWidth(30);
        everyCommand(cli, c -> {
            c.getCommandSpec().version(VERSION);
            HelpLayout.install(c);
        });
        return cli;
    }

    /** {@code action} on this command and every subcommand below it. */
    static void everyCommand(CommandLine cli, java.util.function.Consumer<CommandLine> action) {
        action.accept(cli);
        cli.getSubcommands().values().forEach(sub -> everyCommand(sub, action));
    }

    /** Runs the CLI without exiting the JVM: what tests call. */
    public static int execute(String... args) {
        CommandLine cli = commandLine();
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
