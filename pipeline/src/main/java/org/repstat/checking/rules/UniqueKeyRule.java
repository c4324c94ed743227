package org.repstat.checking.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.PublishedData;

/** Each published table's primary key identifies one row: a duplicate would make a value ambiguous to cite. */
public final class UniqueKeyRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.NONE;
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        List<CheckResult> out = new ArrayList<>();
        for (PublishedData.Table t : run.data().tables().values()) {
            Map<String, Long> firstLine = new HashMap<>();
            List<String> duplicates = new ArrayList<>();
            for (int i = 0; i < t.rows().size(); i++) {
                Map<String, String> row = t.rows().get(i);
                String key = String.join(" / ", t.spec().primaryKey().stream().map(row::get).toList());
                Long previous = firstLine.putIfAbsent(key, t.lines().get(i));
                if (previous != null) {
                    duplicates.add(key + " (lines " + previous + " and " + t.lines().get(i) + ")");
                }
            }
            out.add(Outcomes.finding(d, duplicates.isEmpty(), t.spec().path() + " " + t.spec().primaryKey(),
                    duplicates.size() + " duplicate(s)", "unique", Outcomes.firstFew(duplicates), List.of(),
                    duplicates.isEmpty() ? "every key is unique" : "duplicate keys: " + String.join("; ", Outcomes.firstFew(duplicates))));
        }
        return out;
    }
}
