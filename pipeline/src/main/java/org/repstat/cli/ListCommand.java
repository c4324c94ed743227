package org.repstat.cli;

import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.repstat.Workspace;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code repstat list}: what is published, per dataset, with row counts and the sources behind it. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the published datasets with their row counts and sources.")
public class ListCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        Workspace ws = options.workspace();
        if (!Files.exists(ws.clean().resolve("observations.csv"))) {
            System.err.println("repstat: nothing published yet in " + ws.clean() + "; run 'repstat run' first");
            return ExitCodes.BAD_INPUT;
        }
        Map<String, Integer> rows = new TreeMap<>();
        Map<String, Set<String>> sources = new TreeMap<>();
        count(RawTable.read(ws.clean().resolve("observations.csv")), "observations", rows, sources);
        count(RawTable.read(ws.clean().resolve("events.csv")), "events", rows, sources);
        int width = Math.max(16, rows.keySet().stream().mapToInt(String::length).max().orElse(0));
        System.out.printf(java.util.Locale.ROOT, "%-" + width + "s %6s  %s%n", "dataset (table)", "rows", "sources");
        rows.forEach((key, n) -> System.out.printf(java.util.Locale.ROOT, "%-" + width + "s %6d  %s%n", key, n, String.join(", ", sources.get(key))));
        System.out.println();
        try (var files = Files.list(ws.clean())) {
            files.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(p ->
                    System.out.printf(java.util.Locale.ROOT, "%-" + width + "s %6d rows%n", "datasets/clean/" + p.getFileName(), RawTable.read(p).rows().size()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }

    private static void count(RawTable table, String kind, Map<String, Integer> rows, Map<String, Set<String>> sources) {
        for (RawRow row : table.rows()) {
            String key = row.text("dataset") + " (" + kind + ")";
            rows.merge(key, 1, Integer::sum);
            sources.computeIfAbsent(key, k -> new TreeSet<>()).add(row.text("source_id"));
        }
    }
}
