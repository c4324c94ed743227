package org.repstat.checking.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.KindSpec;
import org.repstat.checking.CheckResult;
import org.repstat.checking.PublishedData.Obs;

/**
 * Every measure has one unit: all its published values are in the unit {@code measures.csv} declares for it. A
 * column of "discharged" that mixed 9.2 (percent) with 16,362 (persons) would be summed, charted and compared as one
 * quantity; a share gets its own measure ({@code discharged_share}) instead.
 */
public final class MeasureUnitRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.selecting("observations");
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        Map<String, String> declared = new TreeMap<>();
        for (Map<String, String> m : run.data().rows("measures")) {
            declared.put(m.get("id"), m.getOrDefault("unit", ""));
        }
        Map<String, List<Obs>> byMeasure = new TreeMap<>();
        for (Obs o : run.data().observations()) {
            if (d.select().test(o.row())) {
                byMeasure.computeIfAbsent(o.get("measure"), k -> new ArrayList<>()).add(o);
            }
        }
        List<CheckResult> out = new ArrayList<>();
        byMeasure.forEach((measure, rows) -> {
            String unit = declared.getOrDefault(measure, "");
            TreeSet<String> units = new TreeSet<>();
            rows.forEach(o -> units.add(o.get("unit")));
            List<Obs> other = rows.stream().filter(o -> !o.get("unit").equals(unit)).toList();
            boolean ok = units.size() == 1 && other.isEmpty();
            String expected = unit.isEmpty() ? "a unit declared in measures.csv" : unit;
            List<Obs> shown = other.size() <= Outcomes.MAX_LISTED ? other : other.subList(0, Outcomes.MAX_LISTED);
            out.add(Outcomes.result(d, ok, measure, String.join(" | ", units), expected, null, null, shown,
                    ok ? rows.size() + " values, all in " + unit
                            : other.size() + " of " + rows.size() + " values are not in the declared unit '" + unit
                            + "' (units found: " + String.join(", ", units) + ")"));
        });
        return out;
    }
}
