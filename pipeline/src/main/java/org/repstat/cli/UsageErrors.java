package org.repstat.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * A usage error is one line saying what was wrong and one line saying where to look, never the whole usage text
 * again: {@code repstat: Unknown option: '--al'} / {@code try 'repstat check --help' (did you mean --all?)}.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    static int handle(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("repstat: " + e.getMessage());
        err.println(hint(cmd, e));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /**
     * picocli stops reading at {@code --version} or {@code --help} and would print it whatever follows; a word it
     * did not read ({@code repstat --version extra}) is a usage error like any other.
     */
    static int refuseLeftovers(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (!p.unmatched().isEmpty()) {
                throw new CommandLine.UnmatchedArgumentException(p.commandSpec().commandLine(), p.unmatched());
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    static String hint(CommandLine cmd, CommandLine.ParameterException e) {
        List<String> suggestions = e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                ? u.getSuggestions().stream().filter(s -> close(u.getUnmatched().get(0), s)).toList() : List.of();
        String did = suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "?)";
        return "try '" + cmd.getCommandSpec().qualifiedName() + " --help'" + did;
    }

    /** A suggestion worth making: the typed word is its start, or at most two edits away from it. */
    static boolean close(String typed, String suggestion) {
        String t = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        return suggestion.startsWith(t) || distance(t, suggestion) <= 2;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] row = new int[b.length() + 1];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                row[j] = Math.min(Math.min(row[j - 1], previous[j]) + 1, previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            previous = row;
        }
        return previous[b.length()];
    }
}
