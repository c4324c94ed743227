package org.repstat.checking.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repstat.checking.PublishedData;

/** What one run of the catalogue shares between rules: the published data, and the reconciliation rows built. */
public final class CheckRun {

    private final PublishedData data;
    private final Map<String, String> reliabilityBySource;
    private final List<List<String>> reconciliation = new ArrayList<>();

    public CheckRun(PublishedData data) {
        this.data = data;
        this.reliabilityBySource = new java.util.HashMap<>();
        for (Map<String, String> s : data.rows("sources")) {
            reliabilityBySource.put(s.get("source_id"), s.get("reliability"));
        }
    }

    public PublishedData data() {
        return data;
    }

    public String reliability(String sourceId) {
        return reliabilityBySource.getOrDefault(sourceId, "");
    }

    public void addReconciliation(List<String> row) {
        reconciliation.add(row);
    }

    public List<List<String>> reconciliation() {
        return reconciliation;
    }
}
