package org.repstat.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The description section of every {@code --help}, wrapped at spaces only. picocli's own wrapping breaks lines
 * where a line-break iterator allows it, which includes the dot of a file name ("reports/index." / "html"); a file
 * name an analyst copies from the help must stay whole.
 */
final class HelpLayout {

    private HelpLayout() {
    }

    static void install(CommandLine cli) {
        java.util.Map<String, CommandLine.IHelpSectionRenderer> sections = cli.getHelpSectionMap();
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION,
                help -> wrap(help.commandSpec().usageMessage().description(), help.commandSpec().usageMessage().width()));
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST,
                help -> help.optionList(layout(help), help.createDefaultOptionSort(), help.createDefaultParamLabelRenderer()));
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST,
                help -> help.parameterList(layout(help), help.createDefaultParamLabelRenderer()));
    }

    /** picocli's option table, with each description wrapped at spaces before the table would break it anywhere. */
    private static CommandLine.Help.Layout layout(CommandLine.Help help) {
        CommandLine.Help.Layout standard = help.createDefaultLayout();
        return new CommandLine.Help.Layout(help.colorScheme(), standard.textTable(), standard.optionRenderer(), standard.parameterRenderer()) {
            @Override
            public void layout(CommandLine.Model.ArgSpec arg, CommandLine.Help.Ansi.Text[][] rows) {
                CommandLine.Help.Column[] columns = textTable().columns();
                int last = columns.length - 1;
                int width = columns[last].width - columns[last].indent - 3; // room for picocli's continuation indent
                List<CommandLine.Help.Ansi.Text[]> out = new ArrayList<>();
                for (CommandLine.Help.Ansi.Text[] row : rows) {
                    String[] pieces = wrap(new String[] {row[last].plainString()}, width).split("\n");
                    for (int i = 0; i < pieces.length; i++) {
                        CommandLine.Help.Ansi.Text[] copy = row.clone();
                        if (i > 0) {
                            for (int c = 0; c < last; c++) {
                                copy[c] = help.colorScheme().text("");
                            }
                        }
                        copy[last] = help.colorScheme().text((i > 0 ? "  " : "") + pieces[i]);
                        out.add(copy);
                    }
                }
                super.layout(arg, out.toArray(CommandLine.Help.Ansi.Text[][]::new));
            }
        };
    }

    /** Each description line wrapped to {@code width} at spaces, keeping its leading indentation on every piece. */
    static String wrap(String[] lines, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            List<String> words = new ArrayList<>(List.of(line.strip().split(" +")));
            StringBuilder current = new StringBuilder(indent);
            for (String word : words) {
                if (current.length() > indent.length() && current.length() + 1 + word.length() > width) {
                    out.append(current).append('\n');
                    current = new StringBuilder(indent);
                }
                current.append(current.length() > indent.length() ? " " : "").append(word);
            }
            out.append(current).append('\n');
        }
        return out.toString();
    }
}
