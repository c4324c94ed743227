package org.repstat.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.repstat.pipeline.Catalog;
import org.repstat.pipeline.PipelineRun;
import org.repstat.pipeline.RunContext;
import org.repstat.published.CoreTables;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;
import org.repstat.published.TableSpec;
import org.repstat.querying.TopicObservations;
import org.repstat.topics.AnswerSpec;
import org.repstat.topics.FigureSpec;
import org.repstat.topics.TopicSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code repstat list}: what is published, per dataset and per table, with the sources and topics behind it. */
@Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        name = "list", mixinStandardHelpOptions = true,
        description = {"List the published datasets (rows, reliability, topics, sources) and every published table.",
                "A dataset is one raw transcription (datasets/raw/<dataset>/); its topics are the report topics whose answer "
                        + "tables and figures use its rows (the same as repstat query --topic)."})
public class ListCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--json", description = "Print the lists as one JSON object instead of text.")
    boolean json;

    /** One dataset's rows in one table. */
    record Entry(String dataset, String table, int rows, Set<String> sources, Set<String> reliability, Set<String> topics) {
    }

    @Override
    public Integer call() {
        RunContext ctx = new PipelineRun(options.workspace()).context();
        PublishedReader reader = ctx.reader();
        List<Entry> entries = entries(ctx);
        if (json) {
            ObjectNode out = SummaryOptions.object();
            ArrayNode datasets = out.putArray("datasets");
            for (Entry e : entries) {
                ObjectNode n = datasets.addObject();
                n.put("dataset", e.dataset());
                n.put("table", e.table());
                n.put("rows", e.rows());
                e.reliability().forEach(n.putArray("reliability")::add);
                e.topics().forEach(n.putArray("topics")::add);
                e.sources().forEach(n.putArray("sources")::add);
            }
            ArrayNode tables = out.putArray("tables");
            forEachTable(ctx, (spec, group) -> {
                ObjectNode n = tables.addObject();
                n.put("path", "datasets/clean/" + spec.path());
                n.put("rows", reader.read(spec.name()).size());
                n.put("group", group);
                n.put("topic", topicOf(ctx, spec.name()));
            });
            SummaryOptions.print(out);
            return ExitCodes.OK;
        }
        int width = Math.max("dataset".length(), entries.stream().mapToInt(e -> e.dataset().length()).max().orElse(0));
        int topicsWidth = Math.max("topics".length(), entries.stream().mapToInt(e -> String.join(", ", e.topics()).length()).max().orElse(0));
        String row = "%-" + width + "s  %-12s %5s  %-20s  %-" + topicsWidth + "s  %s%n";
        System.out.printf(Locale.ROOT, row, "dataset", "table", "rows", "reliability", "topics", "sources");
        for (Entry e : entries) {
            System.out.printf(Locale.ROOT, row, e.dataset(), e.table(), e.rows(), String.join(", ", e.reliability()),
                    e.topics().isEmpty() ? "-" : String.join(", ", e.topics()), String.join(", ", e.sources()));
        }
        System.out.println();
        int pathWidth = ctx.catalog().all().stream().mapToInt(s -> ("datasets/clean/" + s.path()).length()).max().orElse(0);
        forEachTable(ctx, (spec, group) -> {
            String topic = topicOf(ctx, spec.name());
            System.out.printf(Locale.ROOT, "%-" + pathWidth + "s  %11s  %s%n", "datasets/clean/" + spec.path(),
                    Words.count(reader.read(spec.name()).size(), "row"), group + (topic == null ? "" : ", topic " + topic));
        });
        return ExitCodes.OK;
    }

    /** Observations and events by dataset, with their sources' grades and the topics that use them. */
    static List<Entry> entries(RunContext ctx) {
        PublishedReader reader = ctx.reader();
        Map<String, String> grade = new TreeMap<>();
        reader.read(CoreTables.SOURCES.name()).forEach(s -> grade.put(s.text("source_id"), s.text("reliability")));
        Map<String, Set<String>> topicsOf = new TreeMap<>();
        for (TopicSpec t : ctx.topics()) {
            TopicObservations.ids(t, reader).forEach(id -> topicsOf.computeIfAbsent(id, k -> new TreeSet<>()).add(t.id()));
            for (FigureSpec f : t.figures()) {
                if (f.from().equals(CoreTables.EVENTS.name())) {
                    reader.read(f.from()).filter(r -> f.selects(r.cells()))
                            .forEach(r -> topicsOf.computeIfAbsent(r.text("event_id"), k -> new TreeSet<>()).add(t.id()));
                }
            }
        }
        Map<String, Entry> out = new TreeMap<>();
        for (TableSpec table : List.of(CoreTables.OBSERVATIONS, CoreTables.EVENTS)) {
            for (PublishedRow r : reader.read(table.name())) {
                Entry e = out.computeIfAbsent(r.text("dataset") + " " + table.name(), k -> new Entry(r.text("dataset"), table.name(), 0,
                        new TreeSet<>(), new TreeSet<>(), new TreeSet<>()));
                Entry counted = new Entry(e.dataset(), e.table(), e.rows() + 1, e.sources(), e.reliability(), e.topics());
                counted.sources().add(r.text("source_id"));
                counted.reliability().add(grade.getOrDefault(r.text("source_id"), ""));
                counted.topics().addAll(topicsOf.getOrDefault(r.text(table.primaryKey().get(0)), Set.of()));
                out.put(r.text("dataset") + " " + table.name(), counted);
            }
        }
        return List.copyOf(out.values());
    }

    private static void forEachTable(RunContext ctx, java.util.function.BiConsumer<TableSpec, String> action) {
        for (String group : Catalog.GROUPS) {
            for (TableSpec s : ctx.catalog().group(group)) {
                if (ctx.reader().exists(s.name())) {
                    action.accept(s, switch (group) {
                        case "answers" -> "answer table";
                        case "sources" -> "from a source file";
                        case "checks" -> "check results";
                        default -> group;
                    });
                }
            }
        }
    }

    /** The topic that declares an answer table, or null. */
    private static String topicOf(RunContext ctx, String table) {
        for (TopicSpec t : ctx.topics()) {
            for (AnswerSpec a : t.answers()) {
                if (a.id().equals(table)) {
                    return t.id();
                }
            }
        }
        return null;
    }
}
