package org.repstat.pipeline;

import java.util.List;
import org.repstat.Workspace;
import org.repstat.charting.Figure;
import org.repstat.checking.runner.CheckRunner;
import org.repstat.importing.CuratedData;
import org.repstat.published.PublishedReader;
import org.repstat.published.TableSpec;
import org.repstat.topics.TopicReader;
import org.repstat.topics.TopicSpec;

/**
 * What the stages of one run share: the workspace, the declared plan, the topic specs, the catalogue of published
 * tables, one reader of {@code datasets/clean/} (a stage that writes tables drops them from its cache, so nothing is
 * read twice and nothing stale is read), and what a stage hands the next in memory (the imported data).
 */
public final class RunContext {

    private final Workspace ws;
    private final StagePlan plan;
    private final List<TopicSpec> topics;
    private final Catalog catalog;
    private PublishedReader reader;
    private CuratedData curated;
    private CheckRunner.Report checkReport;
    private List<Figure> figures;

    RunContext(Workspace ws) {
        this.ws = ws;
        this.plan = StagePlan.read(ws.home(), Stages.IDS);
        this.topics = TopicReader.read(ws.datasets().resolve("topics"));
        this.catalog = new Catalog(SourceKinds.all(), topics);
        this.reader = PublishedReader.strict(ws.clean(), catalog.all());
    }

    public Workspace workspace() {
        return ws;
    }

    public StagePlan plan() {
        return plan;
    }

    public List<TopicSpec> topics() {
        return topics;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The published tables a stage declares it reads ({@code tables:<group>} in its {@code reads}). */
    public List<TableSpec> tablesRead(String stage) {
        StagePlan.Stage s = plan.stages().stream().filter(x -> x.id().equals(stage)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stage " + stage));
        return s.reads().stream().filter(r -> r.startsWith("tables:")).flatMap(r -> catalog.group(r.substring(7)).stream()).toList();
    }

    /** The topic ids a check may belong to: those of the pages that show checks. */
    public java.util.Set<String> checkTopics() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        topics.forEach(t -> ids.addAll(t.checkTopics()));
        return ids;
    }

    /** The published tables as they are now (strict). */
    public PublishedReader reader() {
        return reader;
    }

    /** The same tables read leniently, for the schema check. */
    public PublishedReader lenientReader() {
        return PublishedReader.lenient(ws.clean(), catalog.all());
    }

    /** After a stage wrote tables, later stages must read them anew. */
    void published(List<TableSpec> written) {
        if (!written.isEmpty()) {
            reader = PublishedReader.strict(ws.clean(), catalog.all());
        }
    }

    public CuratedData curated() {
        if (curated == null) {
            throw new IllegalStateException("the import stage has not run in this run");
        }
        return curated;
    }

    void curated(CuratedData data) {
        this.curated = data;
    }

    /** The check stage's results, when it ran in this run. */
    public CheckRunner.Report checkReport() {
        return checkReport;
    }

    void checkReport(CheckRunner.Report report) {
        this.checkReport = report;
    }

    /** How many figures this run built (0 if no stage built them). */
    public int figureCount() {
        return figures == null ? 0 : figures.size();
    }

    /** The figures the chart stage built in this run, or null. */
    List<Figure> figures() {
        return figures;
    }

    void figures(List<Figure> figures) {
        this.figures = List.copyOf(figures);
    }
}
