package org.repstat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.repstat.Workspace;
import org.repstat.io.AtomicFiles;
import org.repstat.pipeline.PipelineRun;
import org.repstat.pipeline.RunContext;
import org.repstat.published.PublishedReader;
import org.repstat.published.Selector;
import org.repstat.querying.AnswerQuery;
import org.repstat.querying.ObservationQuery;
import org.repstat.querying.ResultTable;
import org.repstat.querying.TableFormats;
import org.repstat.querying.TopicObservations;
import org.repstat.topics.AnswerSpec;
import org.repstat.topics.TopicSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code repstat query}: the published values an analyst asks for, as a table or in a machine format. */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print published values by topic, measure, scope, region, period, source or grade, or an answer table.",
                "Reads datasets/clean/ only. The options combine (every one must hold); --where takes the selector language "
                        + "of the checks and topic specs (datasets/topics/README.md): column=a|b; column!=x; column^=prefix.",
                "Examples:",
                "  repstat query --measure executed --scope mass_operations",
                "  repstat query --topic convictions --format csv --out convictions.csv",
                "  repstat query --geography leningrad_oblast --where 'reliability!=weak'",
                "  repstat query --answer national_operations"},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:ok (also when nothing matches: the count says so)", ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE})
public class QueryCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "The observations the topic's answer tables and figures select or cite.")
    String topic;

    @Option(names = "--measure", split = ",", paramLabel = "MEASURE", description = "What is counted (datasets/clean/measures.csv), e.g. executed.")
    List<String> measures;

    @Option(names = "--scope", split = ",", paramLabel = "SCOPE", description = "Whose fate (scopes.csv), e.g. mass_operations.")
    List<String> scopes;

    @Option(names = "--geography", split = ",", paramLabel = "REGION", description = "Where (geographies.csv), e.g. ussr or leningrad_oblast.")
    List<String> geographies;

    @Option(names = "--period", paramLabel = "DATE", description = "Periods that start or end in DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String period;

    @Option(names = "--source", split = ",", paramLabel = "SOURCE", description = "Where the value was read (sources.csv source_id).")
    List<String> sources;

    @Option(names = "--reliability", split = ",", paramLabel = "GRADE", description = "The source's grade: primary, scholarly, secondary, weak.")
    List<String> reliability;

    @Option(names = "--where", paramLabel = "SELECTOR", description = "A selector on the columns; repeated, any of them (their union).")
    List<String> where;

    @Option(names = "--answer", paramLabel = "TABLE|TOPIC", description = "Print an answer table as published, or every answer table of a topic.")
    String answer;

    @Option(names = "--columns", split = ",", paramLabel = "COLUMN",
            description = "The columns to print (default: observation_id, measure, scope, geography, period, value, qualifier, lower, "
                    + "upper, source_label, reliability; for an answer table its key and preferred figures, or all in a machine format).")
    List<String> columns;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", completionCandidates = QueryCommand.Formats.class,
            description = "text (aligned, digits grouped as in English), csv, json, jsonl or parquet (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output (never inside datasets/, reports/ or notebooks-export/).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What --format completes to. */
    static final class Formats extends ArrayList<String> {
        Formats() {
            super(TableFormats.IDS);
        }
    }

    @Override
    public Integer call() {
        if (!TableFormats.IDS.contains(format)) {
            throw usage("--format takes " + String.join(", ", TableFormats.IDS) + ", found '" + format + "'");
        }
        Workspace ws = options.workspace();
        Path target = out == null ? null : OutputPlaces.unpublished(ws, out, spec.commandLine());
        if (target == null && format.equals("parquet") && System.console() != null) {
            throw usage("parquet is binary: give --out FILE, or redirect standard output to a file");
        }
        RunContext ctx = new PipelineRun(ws).context();
        List<ResultTable> tables = answer != null ? answerTables(ctx) : List.of(observations(ctx));
        if (tables.size() > 1 && !format.equals("text")) {
            throw usage("'" + answer + "' has " + tables.size() + " answer tables (" + String.join(", ", tables.stream().map(ResultTable::name).toList())
                    + "): name one for --format " + format);
        }
        byte[] bytes = tables.size() == 1 && !format.equals("text") ? TableFormats.render(tables.get(0), format) : text(tables);
        if (target != null) {
            AtomicFiles.write(target, bytes);
            ResultTable t = tables.get(0);
            System.out.printf(Locale.ROOT, "wrote %s to %s%n", answer == null ? Words.count(t.rows().size(), "observation")
                    : Words.count(t.rows().size(), "row") + " of " + t.name(), target);
        } else {
            try {
                System.out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.out.flush();
        }
        return ExitCodes.OK;
    }

    private byte[] text(List<ResultTable> tables) {
        StringBuilder s = new StringBuilder();
        for (ResultTable t : tables) {
            if (answer != null) {
                s.append(s.length() == 0 ? "" : "\n").append("answer table ").append(t.name()).append(" (")
                        .append(Words.count(t.rows().size(), "row")).append("):\n");
            }
            s.append(TableFormats.text(t));
        }
        if (answer == null) {
            s.append(Words.count(tables.get(0).rows().size(), "observation")).append(": ").append(described).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String described;

    private ResultTable observations(RunContext ctx) {
        PublishedReader reader = ctx.reader();
        ObservationQuery q = new ObservationQuery(reader);
        try {
            if (topic != null) {
                TopicSpec t = ctx.topics().stream().filter(x -> x.id().equals(topic)).findFirst().orElseThrow(() -> usage("--topic: no topic '"
                        + topic + "' (topics: " + String.join(", ", ctx.topics().stream().map(TopicSpec::id).sorted().toList()) + ")"));
                q.ids("topic " + topic, TopicObservations.ids(t, reader));
            }
            named(q, reader, "measure", measures, "measures", "id");
            named(q, reader, "scope", scopes, "scopes", "id");
            named(q, reader, "geography", geographies, "geographies", "id");
            named(q, reader, "source_id", sources, "sources", "source_id");
            named(q, reader, "reliability", reliability, "reliability", "id");
            if (period != null) {
                if (!period.matches(org.repstat.published.CoreTables.DATE_PATTERN)) {
                    throw usage("--period takes YYYY, YYYY-MM or YYYY-MM-DD, found '" + period + "'");
                }
                q.where(List.of(Selector.parse("period_start^=" + period), Selector.parse("period_end^=" + period)));
            }
            if (where != null) {
                q.where(where.stream().map(Selector::parse).toList());
            }
            described = q.describe();
            return q.run(columns != null ? columns : ObservationQuery.DEFAULT_COLUMNS);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** A named option: its values must be terms of the vocabulary (or register) they name. */
    private void named(ObservationQuery q, PublishedReader reader, String column, List<String> values, String table, String idColumn) {
        if (values == null) {
            return;
        }
        Set<String> known = new TreeSet<>();
        reader.read(table).forEach(r -> known.add(r.text(idColumn)));
        for (String v : values) {
            if (!known.contains(v)) {
                List<String> close = known.stream().filter(k -> UsageErrors.close(v, k) || k.contains(v)).limit(8).toList();
                throw usage("--" + (column.equals("source_id") ? "source" : column) + ": no " + column + " '" + v + "' in datasets/clean/"
                        + table + ".csv" + (close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)"));
            }
        }
        q.where(List.of(Selector.parse(column + "=" + String.join("|", values))));
    }

    private List<ResultTable> answerTables(RunContext ctx) {
        if (topic != null || measures != null || scopes != null || geographies != null || period != null || sources != null || reliability != null) {
            throw usage("--answer prints an answer table as published: filter its rows with --where (its own columns), not the observation options");
        }
        try {
            List<ResultTable> out = new ArrayList<>();
            for (AnswerSpec a : AnswerQuery.find(answer, ctx.topics())) {
                List<String> shown = columns != null ? columns
                        : format.equals("text") ? AnswerQuery.readableColumns(a, ctx.reader().spec(a.id())) : null;
                ResultTable t = AnswerQuery.table(a, ctx.reader(), shown);
                if (where != null) {
                    t = filtered(t, ctx.reader(), a, shown);
                }
                out.add(t);
            }
            return out;
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** The answer table's rows that any --where selector picks (on all its columns, shown or not). */
    private ResultTable filtered(ResultTable t, PublishedReader reader, AnswerSpec a, List<String> shown) {
        List<Selector> union = where.stream().map(Selector::parse).toList();
        var rows = reader.read(a.id());
        for (Selector s : union) {
            List<String> unknown = s.unknownColumns(Set.copyOf(rows.header()));
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("answer table " + a.id() + " has no column " + String.join(", ", unknown) + " to select on");
            }
        }
        List<String> cols = shown == null ? rows.header() : shown;
        return new ResultTable(t.name(), t.columns(), t.types(), rows.stream().filter(r -> union.stream().anyMatch(s -> s.test(r.cells())))
                .map(r -> r.values(cols)).toList());
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
