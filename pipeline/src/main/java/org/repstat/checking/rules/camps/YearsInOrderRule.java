package org.repstat.checking.rules.camps;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.rules.CheckRun;
import org.repstat.checking.rules.Rule;

/**
 * Kind {@code camp_years_in_order}: a camp's created, closed, resumed and closed-again years (those given) do not
 * decrease. A camp is created before it is closed and re-opened after it was closed; years out of that order mean
 * one of them is mistyped.
 */
public final class YearsInOrderRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.NONE;
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        CampTables t = CampTables.of(run);
        List<CheckResult> out = new ArrayList<>();
        int ok = 0;
        for (CampTables.Camp c : t.camps()) {
            List<Integer> ys = c.years().stream().filter(Objects::nonNull).toList();
            boolean ordered = true;
            for (int i = 1; i < ys.size(); i++) {
                ordered &= ys.get(i) >= ys.get(i - 1);
            }
            if (ordered) {
                ok++;
                continue;
            }
            out.add(CampResults.finding(d, t.subject(c.id()), ys.stream().map(String::valueOf)
                    .collect(Collectors.joining(" → ")), "non-decreasing", "", List.of(c.sourceRow()),
                    "Created, closed, resumed and closed-again years are out of order."));
        }
        out.add(CampResults.summary(d, ok + " camps have their years in order"));
        return CampResults.sorted(out);
    }
}
