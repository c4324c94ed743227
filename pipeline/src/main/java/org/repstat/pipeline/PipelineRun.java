package org.repstat.pipeline;

import java.io.PrintStream;
import java.util.List;
import org.repstat.Workspace;
import org.repstat.io.PublishTransaction;

/**
 * Runs declared stages in their declared order, showing each on standard error. The CLI's commands are thin: each
 * names the stages it runs (by its {@code command} in the plan), and {@code run} runs them all.
 */
public final class PipelineRun {

    private final RunContext ctx;

    public PipelineRun(Workspace ws) {
        this.ctx = new RunContext(ws);
    }

    public RunContext context() {
        return ctx;
    }

    /** Every stage, in order, each only if its inputs or outputs changed since it last ran. */
    public RunContext all(PrintStream progress) {
        return all(progress, false);
    }

    /** Every stage, in order; {@code force} runs every one whatever the state of the last run says. */
    public RunContext all(PrintStream progress, boolean force) {
        return run(ctx.plan().stages(), progress, force, force);
    }

    /**
     * The stages of one CLI command, in order: an explicit command always does its stages' work (the chart cache,
     * which vouches for each drawing by what it was drawn from, still spares redrawing unchanged figures).
     */
    public RunContext command(String command, PrintStream progress) {
        return run(ctx.plan().forCommand(command), progress, true, false);
    }

    /** The declared stages in order, up to and including {@code last} (for diff: every stage that publishes tables). */
    public RunContext upTo(String last, PrintStream progress) {
        List<StagePlan.Stage> all = ctx.plan().stages();
        int end = all.stream().map(StagePlan.Stage::id).toList().indexOf(last);
        if (end < 0) {
            throw new IllegalArgumentException("no stage " + last + " in pipeline/stages.yaml");
        }
        return run(all.subList(0, end + 1), progress, true, true);
    }

    /** The checks on the published tables as they are now; nothing is published. */
    public org.repstat.checking.runner.CheckRunner.Report checks() {
        return org.repstat.checking.runner.CheckRunner.run(ctx.workspace(), ctx.tablesRead("check"), ctx.checkTopics());
    }

    /** The check catalogue, every row resolved against the rules, the published tables and the topic specs. */
    public java.util.List<org.repstat.checking.CheckDefinition> catalogue() {
        return org.repstat.checking.runner.CheckRunner.catalogue(ctx.workspace(), ctx.tablesRead("check"), ctx.checkTopics());
    }

    /** The report's pages as they would be written now, from the published tables (no chart is encoded). */
    public java.util.Map<String, String> reportPages() {
        return org.repstat.reporting.Report.render(ctx.topics(), Stages.figures(ctx), Stages.chartData(ctx));
    }

    /**
     * Runs stages in one publish transaction: they write (and read) a staged copy of the published set, which is
     * switched in at once when the last stage is done. A stage that fails, or a kill, leaves every published file
     * as it was. When no stage needs to run, nothing is staged at all. The state of the stages that ran is recorded
     * only once their outputs are published.
     */
    private RunContext run(List<StagePlan.Stage> stages, PrintStream out, boolean force, boolean distrustCaches) {
        Progress progress = new Progress(out, stages.size());
        ctx.forced(distrustCaches);
        Workspace published = ctx.workspace().published();
        StageState state = StageState.read(published.home());
        StageRunner idle = new StageRunner(ctx, stages, state, force, progress);
        if (idle.nothingToDo()) {
            idle.showAllUpToDate();
            ctx.summary(new RunSummary(state.importing(), state.checks()));
            return ctx;
        }
        java.util.Map<String, String> ran;
        try (PublishTransaction tx = PublishTransaction.begin(published.home(), ctx.publishedFiles())) {
            ctx.publishingInto(published.writingTo(tx.root()));
            ran = new StageRunner(ctx, stages, state, force, progress).run();
            ran.keySet().forEach(state::forget);
            if (!ran.isEmpty()) {
                state.write(); // a kill during the switch leaves these stages to run again, never trusted
            }
            tx.commit();
        } finally {
            ctx.publishingInto(published);
        }
        StageRunner recorder = new StageRunner(ctx, stages, state, force, progress);
        for (StagePlan.Stage s : stages) {
            if (ran.containsKey(s.id())) {
                state.record(s.id(), new StageState.Entry(ran.get(s.id()), recorder.outputs(s, published)));
            }
        }
        if (ctx.curatedOrNull() != null) {
            state.importing(RunSummary.Import.of(ctx.curatedOrNull()));
        }
        if (ctx.checkReport() != null) {
            state.checks(ctx.checkReport());
        }
        state.write();
        ctx.summary(new RunSummary(state.importing(), state.checks()));
        return ctx;
    }

    /**
     * Runs {@code work} — a command that publishes outside the declared stages (one chart, the check tables) — in
     * the same kind of transaction: it gets a workspace whose outputs are staged, and its whole output is switched
     * in when it returns.
     */
    public static <T> T publishing(Workspace ws, java.util.function.Function<Workspace, T> work) {
        Workspace published = ws.published();
        RunContext plan = new RunContext(published);
        try (PublishTransaction tx = PublishTransaction.begin(published.home(), plan.publishedFiles())) {
            T result = work.apply(published.writingTo(tx.root()));
            tx.commit();
            return result;
        }
    }
}
