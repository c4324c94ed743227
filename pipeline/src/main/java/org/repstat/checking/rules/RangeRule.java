package org.repstat.checking.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.ParamType;
import org.repstat.checking.PublishedData.Obs;

/**
 * Values (and their bounds) inside a range: {@code non_negative} (a count below zero is a typing error) and
 * {@code plausible_range} (params {@code min}, {@code max}: e.g. a percentage between 0 and 100).
 */
public final class RangeRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.selecting("observations").param("min", ParamType.NUMBER).param("max", ParamType.NUMBER);
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        BigDecimal min = new BigDecimal(d.param("min", "0"));
        String maxText = d.param("max", "");
        BigDecimal max = maxText.isEmpty() ? null : new BigDecimal(maxText);
        List<CheckResult> out = new ArrayList<>();
        int checked = 0;
        for (Obs o : run.data().observations()) {
            if (!d.select().test(o.row())) {
                continue;
            }
            checked++;
            for (String column : List.of("value", "lower", "upper")) {
                BigDecimal v = o.number(column);
                if (v == null) {
                    continue;
                }
                if (v.compareTo(min) < 0 || (max != null && v.compareTo(max) > 0)) {
                    BigDecimal nearest = v.compareTo(min) < 0 ? min : max;
                    out.add(Outcomes.result(d, false, o.id() + " " + column, v.toPlainString(), range(min, max),
                            v.subtract(nearest), nearest, List.of(o), column + " " + v.toPlainString() + " is outside " + range(min, max)));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(Outcomes.result(d, true, "all selected (" + checked + ")", checked + " inside", range(min, max), null, null,
                    List.of(), "every selected value lies in " + range(min, max)));
        }
        return out;
    }

    private static String range(BigDecimal min, BigDecimal max) {
        return "[" + min.toPlainString() + ", " + (max == null ? "∞" : max.toPlainString()) + "]";
    }
}
