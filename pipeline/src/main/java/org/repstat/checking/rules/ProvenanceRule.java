package org.repstat.checking.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.ParamType;
import org.repstat.checking.PublishedData;

/** Every published value or event says where it was read: a source id, a locator and a verbatim quote. */
public final class ProvenanceRule implements Rule {

    static final List<String> REQUIRED = List.of("source_id", "locator", "quote");

    @Override
    public KindSpec spec() {
        return KindSpec.NONE.param("table", ParamType.TABLE);
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        String table = d.param("table", "observations");
        PublishedData.Table t = run.data().table(table);
        List<String> missing = new ArrayList<>();
        int rows = t == null ? 0 : t.rows().size();
        for (int i = 0; i < rows; i++) {
            Map<String, String> row = t.rows().get(i);
            for (String column : REQUIRED) {
                if (row.getOrDefault(column, "").isBlank()) {
                    missing.add(t.header().get(0) + " " + row.get(t.header().get(0)) + " (line " + t.lines().get(i) + "): no " + column);
                }
            }
        }
        return List.of(Outcomes.finding(d, missing.isEmpty() && rows > 0, table, missing.size() + " missing",
                "source id, locator and quote on all " + rows + " rows", List.of(), Outcomes.firstFew(missing),
                rows == 0 ? "no rows to check" : missing.isEmpty() ? "every row is sourced" : String.join("; ", Outcomes.firstFew(missing))));
    }
}
