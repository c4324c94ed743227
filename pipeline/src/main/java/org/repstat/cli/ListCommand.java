package org.repstat.cli;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.repstat.pipeline.PipelineRun;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;
import org.repstat.published.TableSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code repstat list}: what is published, per dataset, with row counts and the sources behind it. */
@Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        name = "list", mixinStandardHelpOptions = true,
        description = "List the published datasets with their row counts and sources, and every published table.")
public class ListCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        PublishedReader reader = new PipelineRun(options.workspace()).context().reader();
        Map<String, Integer> rows = new TreeMap<>();
        Map<String, Set<String>> sources = new TreeMap<>();
        for (String table : new String[] {"observations", "events"}) {
            for (PublishedRow r : reader.read(table)) {
                String key = r.text("dataset") + " (" + table + ")";
                rows.merge(key, 1, Integer::sum);
                sources.computeIfAbsent(key, k -> new TreeSet<>()).add(r.text("source_id"));
            }
        }
        int width = Math.max(16, rows.keySet().stream().mapToInt(String::length).max().orElse(0));
        System.out.printf(java.util.Locale.ROOT, "%-" + width + "s %6s  %s%n", "dataset (table)", "rows", "sources");
        rows.forEach((key, n) -> System.out.printf(java.util.Locale.ROOT, "%-" + width + "s %6d  %s%n", key, n,
                String.join(", ", sources.get(key))));
        System.out.println();
        for (TableSpec s : reader.specs()) {
            if (reader.exists(s.name())) {
                int n = reader.read(s.name()).size();
                System.out.printf(java.util.Locale.ROOT, "%-" + width + "s %6d %s%n", "datasets/clean/" + s.path(), n, n == 1 ? "row" : "rows");
            }
        }
        return ExitCodes.OK;
    }
}
