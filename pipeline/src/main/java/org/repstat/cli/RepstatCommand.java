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
        return cli.execute(args);
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof ImportFailedException failed) {
            err.println("repstat: bad input, nothing was published:");
            failed.problems().forEach(p -> err.println("  " + p.getMessage()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof InputException input) {
            err.println("repstat: bad input, nothing was published:");
            err.println("  " + input.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println("repstat: internal failure: " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
