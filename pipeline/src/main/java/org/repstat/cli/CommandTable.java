package org.repstat.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The README's table of commands, rendered from the same declarations as {@code --help}: each command's name and
 * the first line of its description. A test holds the README to it, so the two cannot drift apart.
 */
public final class CommandTable {

    private CommandTable() {
    }

    public static String render() {
        CommandLine cli = RepstatCommand.commandLine();
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : cli.getSubcommands().entrySet()) {
            CommandLine.Model.CommandSpec spec = e.getValue().getCommandSpec();
            if (spec.usageMessage().hidden() || e.getValue().getCommand() instanceof CommandLine.HelpCommand) {
                continue;
            }
            String name = e.getKey() + (spec.positionalParameters().isEmpty() ? "" : " " + spec.positionalParameters().get(0).paramLabel());
            if (spec.positionalParameters().size() == 1 && spec.positionalParameters().get(0).arity().min == 0) {
                name = e.getKey() + " [" + spec.positionalParameters().get(0).paramLabel() + "]";
            }
            rows.add(new String[] {name, spec.usageMessage().description()[0]});
        }
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            out.append("./repstat ").append(r[0]).append(" ".repeat(width - r[0].length() + 2)).append(r[1]).append('\n');
        }
        return out.append("./repstat <command> --help").append('\n').toString();
    }
}
