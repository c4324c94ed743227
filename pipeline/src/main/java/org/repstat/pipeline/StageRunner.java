package org.repstat.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.repstat.Workspace;
import org.repstat.io.InputFiles;

/**
 * Runs declared stages, each only when it must. A stage that writes files is up to date when the key of what it
 * reads (the content of every file its declaration matches, the reads of the in-memory stages it follows, its own
 * declaration and the code version) is the key it last ran with, and every file it declares it writes is still
 * the one it wrote, byte for byte. A stage that writes nothing (the import, which hands its data on in memory) runs
 * when a stage after it must. While a stage runs it may read only what it declares: reading anything else is a bug
 * in repstat, since an incremental run would not see that file change.
 */
final class StageRunner {

    private static final String KEY_FORMAT = "repstat-stage-key-1";

    private final RunContext ctx;
    private final StageState state;
    private final boolean force;
    private final Progress progress;
    private final Map<String, String> ranWithKey = new LinkedHashMap<>();
    private final Set<String> done = new LinkedHashSet<>();
    private final List<StagePlan.Stage> stages;

    StageRunner(RunContext ctx, List<StagePlan.Stage> stages, StageState state, boolean force, Progress progress) {
        this.ctx = ctx;
        this.stages = stages;
        this.state = state;
        this.force = force;
        this.progress = progress;
    }

    /** True when no stage needs to run: every one is up to date in the workspace as it is. */
    boolean nothingToDo() {
        DeclaredFiles files = new DeclaredFiles(ctx.workspace(), ctx.catalog());
        return !force && stages.stream().allMatch(s -> s.writes().isEmpty() ? !anyDependentStale(s, files) : upToDate(s, files));
    }

    /** Shows every stage as up to date, without running one. */
    void showAllUpToDate() {
        stages.forEach(s -> progress.skipped(s.id() + ": " + s.does()));
    }

    /** Runs the stages that must run, in declared order; returns the keys of those that ran. */
    Map<String, String> run() {
        for (StagePlan.Stage s : stages) {
            DeclaredFiles files = new DeclaredFiles(ctx.workspace(), ctx.catalog());
            if (s.writes().isEmpty()) {
                if (force || anyDependentStale(s, files)) {
                    runOne(s, files);
                } else {
                    progress.skipped(s.id() + ": " + s.does());
                }
                continue;
            }
            if (upToDate(s, files)) {
                progress.skipped(s.id() + ": " + s.does());
                continue;
            }
            for (StagePlan.Stage m : memoryAncestors(s)) {
                if (!done.contains(m.id())) {
                    runOne(m, files); // an in-memory stage judged up to date before an earlier stage changed its dependent's inputs
                }
            }
            String key = key(s, files);
            runOne(s, files);
            ranWithKey.put(s.id(), key);
        }
        return ranWithKey;
    }

    /** The files a stage declares it writes, as they are now. */
    SortedMap<String, String> outputs(StagePlan.Stage s, Workspace ws) {
        return new DeclaredFiles(ws, ctx.catalog()).hashed(s.writes());
    }

    private void runOne(StagePlan.Stage s, DeclaredFiles files) {
        List<String> reads = s.reads();
        InputFiles.observe(file -> {
            if (!files.declares(reads, file)) {
                throw new IllegalStateException("stage '" + s.id() + "' read " + file + ", which " + StagePlan.FILE
                        + " does not declare among its reads: an incremental run would not see it change");
            }
        });
        try {
            progress.noted(s.id() + ": " + s.does(), () -> Stages.run(s.id(), ctx));
        } finally {
            InputFiles.observe(null);
        }
        done.add(s.id());
        files.forget();
    }

    private boolean upToDate(StagePlan.Stage s, DeclaredFiles files) {
        StageState.Entry last = state.entry(s.id());
        return !force && last != null && last.key().equals(key(s, files)) && files.hashed(s.writes()).equals(last.outputs());
    }

    private boolean anyDependentStale(StagePlan.Stage memoryStage, DeclaredFiles files) {
        for (StagePlan.Stage d : stages) {
            if (!d.writes().isEmpty() && memoryAncestors(d).contains(memoryStage) && !upToDate(d, files)) {
                return true;
            }
        }
        return false;
    }

    /** The stages that write nothing and that {@code s} follows directly or through other such stages, in plan order. */
    private List<StagePlan.Stage> memoryAncestors(StagePlan.Stage s) {
        List<StagePlan.Stage> out = new ArrayList<>();
        for (String a : s.after()) {
            StagePlan.Stage before = ctx.plan().stage(a);
            if (before.writes().isEmpty()) {
                out.addAll(memoryAncestors(before));
                out.add(before);
            }
        }
        return out.stream().distinct().filter(stages::contains).toList();
    }

    /** The key of a stage's inputs: what must be unchanged for its last outputs to still be right. */
    private String key(StagePlan.Stage s, DeclaredFiles files) {
        MessageDigest d = DeclaredFiles.digest();
        line(d, KEY_FORMAT);
        line(d, "code " + CodeVersion.current());
        List<StagePlan.Stage> contributing = new ArrayList<>(memoryAncestors(s));
        contributing.add(s);
        for (StagePlan.Stage c : contributing) {
            line(d, "stage " + c.id() + " reads " + c.reads() + " writes " + c.writes() + " after " + c.after());
            files.hashed(c.reads()).forEach((path, hash) -> line(d, hash + "  " + path));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static void line(MessageDigest d, String text) {
        d.update(text.getBytes(StandardCharsets.UTF_8));
        d.update((byte) '\n');
    }
}
