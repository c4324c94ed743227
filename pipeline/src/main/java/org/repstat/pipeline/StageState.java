package org.repstat.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.repstat.checking.runner.CheckRunner;
import org.repstat.io.AtomicFiles;

/**
 * What the last runs left for an incremental run to compare with, in {@code target/repstat/run/state.json} (never
 * committed, never published): for each stage that writes files, the key of the inputs it last ran on and the hash
 * of every file it wrote, and the summaries the import and the checks last computed. A state that cannot be read is
 * no state: every stage runs, and nothing is lost but time.
 */
final class StageState {

    static final String FILE = "target/repstat/run/state.json";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** One stage's last run: the key of its inputs and code, and its outputs' hashes just after they were published. */
    record Entry(String key, SortedMap<String, String> outputs) {
    }

    /** The file's content. */
    record Content(int format, SortedMap<String, Entry> stages, RunSummary.Import importing, CheckRunner.Report checks) {
    }

    private final Path file;
    private final SortedMap<String, Entry> stages;
    private RunSummary.Import importing;
    private CheckRunner.Report checks;

    private StageState(Path file, SortedMap<String, Entry> stages, RunSummary.Import importing, CheckRunner.Report checks) {
        this.file = file;
        this.stages = stages;
        this.importing = importing;
        this.checks = checks;
    }

    static StageState read(Path home) {
        Path file = home.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                Content c = JSON.readValue(file.toFile(), Content.class);
                if (c.format() == FORMAT && c.stages() != null) {
                    return new StageState(file, new TreeMap<>(c.stages()), c.importing(), c.checks());
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable or older state is no state: every stage will run, and this file be written anew.
        }
        return new StageState(file, new TreeMap<>(), null, null);
    }

    Entry entry(String stage) {
        return stages.get(stage);
    }

    void record(String stage, Entry entry) {
        stages.put(stage, entry);
    }

    /** Forgets a stage: it runs next time whatever its inputs (its outputs were not published as recorded). */
    void forget(String stage) {
        stages.remove(stage);
    }

    RunSummary.Import importing() {
        return importing;
    }

    void importing(RunSummary.Import i) {
        this.importing = i;
    }

    CheckRunner.Report checks() {
        return checks;
    }

    void checks(CheckRunner.Report r) {
        this.checks = r;
    }

    void write() {
        try {
            byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Content(FORMAT, stages, importing, checks));
            AtomicFiles.write(file, bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the run state", e);
        }
    }
}
