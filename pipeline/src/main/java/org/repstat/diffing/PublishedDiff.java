package org.repstat.diffing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.repstat.Workspace;
import org.repstat.importing.ExternalFiles;
import org.repstat.io.AtomicFiles;
import org.repstat.pipeline.PipelineRun;
import org.repstat.pipeline.RunContext;
import org.repstat.published.CoreTables;
import org.repstat.published.TableSpec;

/**
 * What the working tree's raw data would change in the published tables: the stages that publish tables (import
 * to answer) run on a copy of the inputs in {@code target/repstat/diff/}, and each table they write is compared by
 * its primary key with the same table as committed at a git revision, or as published on disk now (the last run).
 * The real {@code datasets/clean/} is only ever read.
 */
public final class PublishedDiff {

    /** The last stage that writes tables: what "the published tables" are for a diff. */
    static final String LAST_TABLE_STAGE = "answer";

    /** The comparison: against what, and each table's change (tables that did not change included). */
    public record Result(String against, String commit, List<TableChange> tables, boolean descriptorChanged) {
        public boolean changed() {
            return descriptorChanged || tables.stream().anyMatch(t -> !t.same());
        }
    }

    private PublishedDiff() {
    }

    /**
     * The table stages on the copy. Third-party lists are read where they were published, beside the repository
     * (not beside the copy): the copy is pointed at the repository's sources folder for the length of the run.
     */
    private static RunContext regenerate(Workspace ws, Workspace fresh, PrintStream progress) {
        String set = System.getProperty(ExternalFiles.ROOT_PROPERTY);
        System.setProperty(ExternalFiles.ROOT_PROPERTY, ExternalFiles.root(ws.home()).toString());
        try {
            return new PipelineRun(fresh).upTo(LAST_TABLE_STAGE, progress);
        } finally {
            if (set == null) {
                System.clearProperty(ExternalFiles.ROOT_PROPERTY);
            } else {
                System.setProperty(ExternalFiles.ROOT_PROPERTY, set);
            }
        }
    }

    /**
     * @param rev      a git revision, or null to compare with the published files on disk
     * @param progress where the regeneration's stage lines go
     * @param keep     leave the work directory (both sides' files) for inspection
     */
    public static Result run(Workspace ws, String rev, PrintStream progress, boolean keep) {
        Git git = rev == null ? null : new Git(ws.home());
        String commit = git == null ? null : git.commit(rev); // a bad revision is refused before any work
        Path work = ws.work().resolve("diff").resolve("run-" + ProcessHandle.current().pid());
        try {
            delete(work);
            Workspace fresh = copyInputs(ws, work.resolve("new"));
            RunContext ctx = regenerate(ws, fresh, progress);
            Path before = git == null ? ws.clean() : checkout(git, commit, ctx.catalog().all(), work.resolve("old"));
            Path after = fresh.clean();
            List<TableChange> changes = new ArrayList<>();
            Map<String, TableSpec> specs = new LinkedHashMap<>();
            ctx.catalog().all().forEach(s -> specs.put(s.path(), s));
            for (String path : formerTables(before.resolve(CoreTables.DATA_PACKAGE))) {
                specs.putIfAbsent(path, new TableSpec(path.replaceFirst("\\.csv$", ""), path, "", "", List.of(), List.of(), List.of()));
            }
            for (TableSpec s : specs.values()) {
                changes.add(TableDiff.compare(s, before.resolve(s.path()), after.resolve(s.path())));
            }
            boolean descriptor = !Arrays.equals(read(before.resolve(CoreTables.DATA_PACKAGE)), read(after.resolve(CoreTables.DATA_PACKAGE)));
            return new Result(rev == null ? "the last run (datasets/clean/ on disk)" : rev, commit, List.copyOf(changes), descriptor);
        } finally {
            if (!keep) {
                delete(work);
            }
        }
    }

    /** datasets/ (without what the pipeline publishes in it) and the stage plan: all a run reads. */
    private static Workspace copyInputs(Workspace ws, Path home) {
        Path from = ws.datasets();
        Path clean = ws.published().clean();
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                if (p.startsWith(clean) || p.equals(ws.published().codebook())) {
                    continue;
                }
                Path target = home.resolve("datasets").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
            Files.createDirectories(home.resolve("pipeline"));
            Files.copy(ws.home().resolve("pipeline/stages.yaml"), home.resolve("pipeline/stages.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Workspace(home);
    }

    /** The published tables and descriptor as committed at {@code commit}, written under {@code dir}. */
    private static Path checkout(Git git, String commit, List<TableSpec> specs, Path dir) {
        Path clean = dir.resolve("datasets/clean");
        List<String> paths = new ArrayList<>(specs.stream().map(TableSpec::path).toList());
        paths.add(CoreTables.DATA_PACKAGE);
        byte[] descriptor = git.show(commit, "datasets/clean/" + CoreTables.DATA_PACKAGE);
        if (descriptor != null) {
            AtomicFiles.write(clean.resolve(CoreTables.DATA_PACKAGE), descriptor);
            formerTables(clean.resolve(CoreTables.DATA_PACKAGE)).stream().filter(p -> !paths.contains(p)).forEach(paths::add);
        }
        for (String p : paths) {
            byte[] bytes = git.show(commit, "datasets/clean/" + p);
            if (bytes != null) {
                AtomicFiles.write(clean.resolve(p), bytes);
            }
        }
        return clean;
    }

    /** The tables a descriptor lists (a table the current topics no longer declare is still compared). */
    private static List<String> formerTables(Path descriptor) {
        byte[] bytes = read(descriptor);
        if (bytes == null) {
            return List.of();
        }
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode r : new ObjectMapper().readTree(bytes).path("resources")) {
                if (r.path("path").isTextual() && !r.path("path").asText().contains("/")) {
                    out.add(r.path("path").asText());
                }
            }
            return out;
        } catch (IOException e) {
            return List.of(); // not JSON: the descriptor itself is compared byte for byte
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
