package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.pipeline.StagePlan;
import picocli.CommandLine;

class CliTest {

    /** Every command and subcommand, as "repstat run", "repstat records import", …. */
    static List<CommandLine> everyCommand() {
        List<CommandLine> out = new ArrayList<>();
        RepstatCommand.everyCommand(RepstatCommand.commandLine(), out::add);
        return out;
    }

    @Test
    void helpOnEveryCommandExitsZeroAndStatesItsExitCodes() {
        for (CommandLine c : everyCommand()) {
            String name = c.getCommandSpec().qualifiedName();
            List<String> args = new ArrayList<>(List.of(name.split(" ")).subList(1, name.split(" ").length));
            args.add("--help");
            CliRun.Result r = CliRun.run(args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), name);
            if (!(c.getCommand() instanceof CommandLine.HelpCommand)) {
                assertTrue(r.out().contains("\nExit codes:\n  0   "), name + ":\n" + r.out());
                assertTrue(r.out().contains("\n  2   ") && r.out().contains("\n  3   "), name + ":\n" + r.out());
            }
        }
    }

    /** Help is laid out at a fixed width; no word of a description (a file name) may be broken across two lines. */
    @Test
    void helpNeverBreaksAWord() {
        for (CommandLine c : everyCommand()) {
            String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String joined = help.replaceAll("\\s+", " ");
            List<String> texts = new ArrayList<>(List.of(c.getCommandSpec().usageMessage().description()));
            c.getCommandSpec().options().forEach(o -> texts.addAll(List.of(o.description())));
            c.getCommandSpec().positionalParameters().forEach(o -> texts.addAll(List.of(o.description())));
            for (String line : texts) {
                line = line.replace("${DEFAULT-VALUE}", "");
                for (String word : line.split(" ")) {
                    if (!word.isBlank() && !help.contains(word)) {
                        throw new AssertionError(c.getCommandSpec().qualifiedName() + ": '" + word + "' is broken across lines in\n" + help);
                    }
                }
                if (!line.contains("(default: )")) {
                    assertTrue(joined.contains(line.strip().replaceAll("\\s+", " ")), c.getCommandSpec().qualifiedName() + ": " + line);
                }
            }
        }
    }

    @Test
    void aUsageErrorIsOneLineAndAHint() {
        CliRun.Result r = CliRun.run("check", "--al");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("repstat: Unknown option: '--al'\ntry 'repstat check --help' (did you mean --all?)\n", r.err());
        assertEquals("", r.out());
        CliRun.Result none = CliRun.run();
        assertEquals("repstat: a command is required\ntry 'repstat --help'\n", none.err());
        CliRun.Result far = CliRun.run("frobnicate");
        assertEquals("repstat: Unmatched argument at index 0: 'frobnicate'\ntry 'repstat --help'\n", far.err());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.run("import", "--no-such-option").exitCode());
    }

    @Test
    void everyCommandHasTheVersionAndRefusesWordsAfterIt() {
        for (String[] args : new String[][] {{"-V"}, {"run", "-V"}, {"records", "import", "--version"}}) {
            CliRun.Result r = CliRun.run(args);
            assertEquals(0, r.exitCode());
            assertEquals(RepstatCommand.VERSION + "\n", r.out(), String.join(" ", args));
        }
        CliRun.Result extra = CliRun.run("--version", "extra");
        assertEquals(ExitCodes.BAD_INPUT, extra.exitCode());
        assertEquals("", extra.out());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.run("run", "--help", "extra").exitCode());
    }

    /** run --help names the declared stages and, for each, the command that runs it alone: as pipeline/stages.yaml says. */
    @Test
    void runNamesTheStagesAndTheirCommandsAsThePlanDeclares() {
        String line = RepstatCommand.commandLine().getSubcommands().get("run").getCommandSpec().usageMessage().description()[1];
        StagePlan plan = StagePlan.read(TestWorkspace.repository().home(), java.util.Set.of("import", "publish", "check", "answer", "chart", "report", "export"));
        List<String> said = new ArrayList<>();
        Matcher m = Pattern.compile("([a-z]+(?: and [a-z]+)?) \\(repstat ([a-z]+)\\)").matcher(line);
        while (m.find()) {
            assertEquals(plan.forCommand(m.group(2)).stream().map(StagePlan.Stage::id).toList(), List.of(m.group(1).split(" and ")), line);
            said.addAll(List.of(m.group(1).split(" and ")));
        }
        assertEquals(plan.stages().stream().map(StagePlan.Stage::id).toList(), said, line);
    }
}
