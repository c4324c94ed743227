package org.repstat.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.repstat.io.InputFiles;
import java.util.List;
import java.util.Set;
import org.repstat.Workspace;
import org.repstat.answers.AnswerBuilder;
import org.repstat.answers.Derivations;
import org.repstat.charting.Figure;
import org.repstat.charting.Findings;
import org.repstat.checking.runner.CheckRunner;
import org.repstat.checking.runner.CheckTables;
import org.repstat.cleaning.Codebook;
import org.repstat.cleaning.CuratedTables;
import org.repstat.cleaning.ImportTables;
import org.repstat.cleaning.Publisher;
import org.repstat.exporting.NotebookExport;
import org.repstat.importing.CuratedData;
import org.repstat.importing.Importer;
import org.repstat.importing.SourceKind;
import org.repstat.published.CoreTables;
import org.repstat.published.PublishedTable;
import org.repstat.reporting.Report;
import org.repstat.charting.ChartCache;
import org.repstat.charting.ChartData;
import org.repstat.charting.ChartWriter;
import org.repstat.charting.FigureBuilder;
import org.repstat.charting.Palette;
import org.repstat.topics.TopicValidation;

/**
 * The mechanism of each declared stage. Which stages run, in which order, and on what, is declared in
 * {@code pipeline/stages.yaml}; this class only says how each one does its work.
 */
final class Stages {

    static final Set<String> IDS = Set.of("import", "publish", "check", "answer", "chart", "report", "export");

    private Stages() {
    }

    /** Runs one stage; returns a short note for its progress line, or null. */
    static String run(String id, RunContext ctx) {
        switch (id) {
            case "import" -> importRaw(ctx);
            case "publish" -> publish(ctx);
            case "check" -> check(ctx);
            case "answer" -> answer(ctx);
            case "chart" -> {
                return chart(ctx);
            }
            case "report" -> report(ctx);
            case "export" -> export(ctx);
            default -> throw new IllegalStateException("no mechanism for stage " + id);
        }
        return null;
    }

    private static void importRaw(RunContext ctx) {
        Workspace ws = ctx.workspace();
        CuratedData data = new Importer(ws.datasets(), SourceKinds.all()).importAll();
        new TopicValidation(ctx.catalog().byName(), kind -> data.vocabulary().ids(kind), Findings.names(),
                Derivations.names(), Findings.DISPLAY_FIELDS).validate(ctx.topics());
        ctx.curated(data);
    }

    private static void publish(RunContext ctx) {
        Workspace ws = ctx.workspace();
        CuratedData data = ctx.curated();
        List<PublishedTable> tables = new ArrayList<>(CuratedTables.tables(data));
        for (SourceKind.Imported i : data.imported()) {
            tables.addAll(i.tables());
        }
        tables.add(ImportTables.rowAccounts(data.accounts(), ws.raw()));
        Publisher publisher = new Publisher(ws.clean());
        publisher.publish(tables);
        publisher.publishDataPackage(ctx.catalog().all(), org.repstat.published.Release.read(ws.datasets()));
        Codebook.write(ws.datasets().resolve("codebook"), ws.codebook(), ctx.catalog().all());
        ctx.published(tables.stream().map(PublishedTable::spec).toList());
    }

    private static void check(RunContext ctx) {
        // The checks hold to account what the stage declares it reads: the tables published before it, never the
        // answer tables of an earlier run, which are derived after the checks.
        CheckRunner.Report report = CheckRunner.run(ctx.workspace(), ctx.tablesRead("check"), ctx.checkTopics());
        List<PublishedTable> tables = CheckTables.tables(report);
        new Publisher(ctx.workspace().clean()).publish(tables);
        ctx.published(CoreTables.checks());
        ctx.checkReport(report);
    }

    private static void answer(RunContext ctx) {
        List<PublishedTable> tables = new AnswerBuilder(ctx.reader()).build(ctx.topics());
        new Publisher(ctx.workspace().clean()).publish(tables);
        ctx.published(tables.stream().map(PublishedTable::spec).toList());
    }

    /**
     * Builds every figure (cheap), then draws only those whose render key the chart cache cannot vouch for, on
     * every core; the rest are the cache's bytes of the same figure drawn from the same cells.
     */
    private static String chart(RunContext ctx) {
        List<FigureBuilder.Traced> traced = FigureBuilder.traced(ctx.topics(), chartData(ctx));
        ctx.figures(traced.stream().map(FigureBuilder.Traced::figure).toList());
        ChartCache cache = new ChartCache(ctx.workspace().work().resolve("charts"), CodeVersion.current(), !ctx.forced());
        ChartWriter.write(ctx.workspace().reports().resolve("charts"), cache.render(traced));
        ctx.chartsDrawn(cache.drawn(), cache.reused());
        return String.format(java.util.Locale.ROOT, "drew %d figure%s, %d unchanged from the chart cache",
                cache.drawn(), cache.drawn() == 1 ? "" : "s", cache.reused());
    }

    private static void report(RunContext ctx) {
        Report.write(ctx.workspace().reports(), Report.render(ctx.topics(), figures(ctx), chartData(ctx)));
    }

    private static void export(RunContext ctx) {
        Path charts = ctx.workspace().reports().resolve("charts");
        Map<String, byte[]> pngs = new HashMap<>();
        for (Figure f : figures(ctx)) {
            Path png = charts.resolve(f.png());
            if (Files.isRegularFile(png)) {
                pngs.put(f.png(), InputFiles.read(png));
            }
        }
        NotebookExport.write(ctx.workspace().notebooks(), NotebookExport.render(ctx.topics(), ctx.reader(), figures(ctx), pngs));
    }

    /** The figures of this run: built once, by the chart stage or by the first stage that needs them. */
    static List<Figure> figures(RunContext ctx) {
        if (ctx.figures() == null) {
            ctx.figures(FigureBuilder.build(ctx.topics(), chartData(ctx)));
        }
        return ctx.figures();
    }

    static ChartData chartData(RunContext ctx) {
        Workspace ws = ctx.workspace();
        return new ChartData(ctx.reader(), Palette.read(ws.datasets().resolve("topics/colours.csv")), ws.home());
    }
}
