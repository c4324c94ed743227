package org.repstat.checking.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.PublishedData.Obs;
import org.repstat.provenance.QualifierRule;

/**
 * The published bounds are the ones the value's qualifier rule gives, and a printed range contains its central
 * figure: a hand edit of {@code value}, {@code lower} or {@code upper} in a published file cannot pass unnoticed.
 */
public final class BoundsRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.selecting("observations");
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        Map<String, QualifierRule> rules = qualifierRules(run);
        List<CheckResult> out = new ArrayList<>();
        int checked = 0;
        for (Obs o : run.data().observations()) {
            if (!d.select().test(o.row())) {
                continue;
            }
            checked++;
            String problem = problem(o, rules.get(o.get("qualifier")));
            if (problem != null) {
                out.add(Outcomes.result(d, false, o.id(), o.get("value") + " [" + o.get("lower") + ", " + o.get("upper") + "]",
                        "bounds given by rule '" + o.get("qualifier") + "'", null, null, List.of(o), problem));
            }
        }
        if (out.isEmpty()) {
            out.add(Outcomes.result(d, true, "all selected (" + checked + ")", checked + " inside", checked + " inside",
                    null, null, List.of(), "every value's bounds follow its qualifier rule"));
        }
        return out;
    }

    private static String problem(Obs o, QualifierRule rule) {
        BigDecimal v = o.value();
        BigDecimal lo = o.lower();
        BigDecimal hi = o.upper();
        if (lo != null && hi != null && lo.compareTo(hi) > 0) {
            return "lower bound " + lo.toPlainString() + " is above upper bound " + hi.toPlainString();
        }
        if (rule == null || v == null) {
            return null; // an unknown qualifier is the vocabulary check's finding; no value, no rule to apply
        }
        if (rule.explicit()) {
            boolean inside = (lo == null || v.compareTo(lo) >= 0) && (hi == null || v.compareTo(hi) <= 0);
            return inside ? null : "the central figure " + v.toPlainString() + " lies outside the printed range";
        }
        // "nearly 10,000" has bounds 9,000..9,999: the printed figure itself may lie outside them, by the rule.
        QualifierRule.Bounds expected = rule.boundsFor(v);
        if (!same(expected.lower(), lo) || !same(expected.upper(), hi)) {
            return "bounds [" + o.get("lower") + ", " + o.get("upper") + "] differ from the rule's ["
                    + Outcomes.text(expected.lower()) + ", " + Outcomes.text(expected.upper()) + "]";
        }
        return null;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static Map<String, QualifierRule> qualifierRules(CheckRun run) {
        Map<String, QualifierRule> rules = new HashMap<>();
        for (Map<String, String> r : run.data().rows("qualifiers")) {
            rules.put(r.get("id"), new QualifierRule(r.get("id"), dec(r.get("lower_factor")), orZero(dec(r.get("lower_offset"))),
                    dec(r.get("upper_factor")), orZero(dec(r.get("upper_offset"))), Boolean.parseBoolean(r.get("explicit")),
                    r.get("definition"), r.get("rationale")));
        }
        return rules;
    }

    private static BigDecimal dec(String s) {
        return s == null || s.isEmpty() ? null : new BigDecimal(s);
    }

    private static BigDecimal orZero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }
}
