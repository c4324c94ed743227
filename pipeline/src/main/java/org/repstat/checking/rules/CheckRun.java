package org.repstat.checking.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.PublishedData;
import org.repstat.io.InputException;

/**
 * What one run of the catalogue shares between rules: the published data, the reference files some checks read
 * beside it (loaded on first use, once), and the reconciliation rows built.
 */
public final class CheckRun {

    private final PublishedData data;
    private final Path raw;
    private final Map<String, String> reliabilityBySource;
    private final Map<String, Object> loaded = new HashMap<>();
    private final Map<String, String> publicationBySource;
    private final List<List<String>> reconciliation = new ArrayList<>();
    private final List<List<String>> misprints = new ArrayList<>();

    /**
     * @param raw where reference files named by a check's params live ({@code datasets/raw/}); the rules read
     *            nothing else from it
     */
    public CheckRun(PublishedData data, Path raw) {
        this.data = data;
        this.raw = raw;
        this.reliabilityBySource = new HashMap<>();
        this.publicationBySource = new java.util.HashMap<>();
        for (Map<String, String> s : data.rows("sources")) {
            reliabilityBySource.put(s.get("source_id"), s.get("reliability"));
            String copyOf = s.getOrDefault("copy_of", "");
            publicationBySource.put(s.get("source_id"), copyOf.isEmpty() ? s.get("source_id") : copyOf);
        }
    }

    public PublishedData data() {
        return data;
    }

    public String reliability(String sourceId) {
        return reliabilityBySource.getOrDefault(sourceId, "");
    }

    /** The publication a source is a copy of (its {@code copy_of}), or the source itself. */
    public String publication(String sourceId) {
        return publicationBySource.getOrDefault(sourceId, sourceId);
    }

    public void addReconciliation(List<String> row) {
        reconciliation.add(row);
    }

    public List<List<String>> reconciliation() {
        return reconciliation;
    }

    /**
     * A reference file a check declares in its params ({@code outline=natural-earth-world-atlas/outline.csv}), read
     * by {@code reader} the first time any check asks for it. A missing file is an input error naming the check.
     */
    public <T> T reference(CheckDefinition d, String param, Class<T> type, Function<Path, T> reader) {
        Path file = raw.resolve(d.params().get(param)).normalize();
        return type.cast(loaded.computeIfAbsent(type.getName() + " " + file, k -> {
            if (!Files.isRegularFile(file)) {
                throw new InputException(file, 0, null, "expected the reference file that check " + d.id()
                        + " names in its params (" + param + "), found no file");
            }
            return reader.apply(file);
        }));
    }

    /** Something several rules derive from the same published tables (the camps, typed), built once per run. */
    public <T> T shared(Class<T> type, Function<PublishedData, T> build) {
        return type.cast(loaded.computeIfAbsent(type.getName(), k -> build.apply(data)));
    }

    /** A row of {@code probable_misprints.csv}, added by the misprint check. */
    public void addMisprint(List<String> row) {
        misprints.add(row);
    }

    public List<List<String>> misprints() {
        return misprints;
    }
}
