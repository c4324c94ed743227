package org.repstat.checking.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repstat.checking.PublishedData;

/** What one run of the catalogue shares between rules: the published data, and the reconciliation rows built. */
public final class CheckRun {

    private final PublishedData data;
    private final Map<String, String> reliabilityBySource;
    private final Map<String, String> publicationBySource;
    private final List<List<String>> reconciliation = new ArrayList<>();
    private final List<List<String>> misprints = new ArrayList<>();

    public CheckRun(PublishedData data) {
        this.data = data;
        this.reliabilityBySource = new java.util.HashMap<>();
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

    /** A row of {@code probable_misprints.csv}, added by the misprint check. */
    public void addMisprint(List<String> row) {
        misprints.add(row);
    }

    public List<List<String>> misprints() {
        return misprints;
    }
}
