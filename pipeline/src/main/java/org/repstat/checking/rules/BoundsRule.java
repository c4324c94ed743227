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
import org.repstat.provenance.PrintedPrecision;
import org.repstat.provenance.QualifierRule;

/**
 * The published bounds are the ones the value's qualifier rule gives, and a printed range contains its central
 * figure: a hand edit of {@code value}, {@code lower} or {@code upper} in a published file cannot pass unnoticed. A
 * figure without a qualifying word is also held to the printed-precision rules ({@code precision.csv}): its
 * qualifier must be the one its print is read as, its bounds those of its unit of rounding.
 */
public final class BoundsRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.selecting("observations");
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        Map<String, QualifierRule> rules = qualifierRules(run);
        PrintedPrecision precision = precisionRules(run);
        List<CheckResult> out = new ArrayList<>();
        int checked = 0;
        for (Obs o : run.data().observations()) {
            if (!d.select().test(o.row())) {
                continue;
            }
            checked++;
            String problem = precision.governs(o.get("qualifier")) && o.value() != null ? printedProblem(o, precision)
                    : problem(o, rules.get(o.get("qualifier")));
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
        if (rule.printedPrecision()) {
            return "qualifier '" + rule.id() + "' takes its bounds from the printed-precision rules, and none are published (precision.csv)";
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

    /**
     * A bare figure (exact, rounded, round_figure) is held to the printed-precision rules as published: the rule
     * that reads its print must give its qualifier, and its bounds must be that rule's, so neither the qualifier nor
     * the bounds of a rounded figure can be edited by hand.
     */
    private static String printedProblem(Obs o, PrintedPrecision precision) {
        BigDecimal lo = o.lower();
        BigDecimal hi = o.upper();
        PrintedPrecision.Reading r;
        try {
            r = precision.read(o.value(), o.get("as_printed"), o.get("measure"), o.get("unit"), o.get("locator"));
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
        if (!r.qualifier().equals(o.get("qualifier"))) {
            return "qualifier '" + o.get("qualifier") + "', but printed-precision rule '" + r.rule().id() + "' reads '"
                    + o.get("as_printed") + "' as '" + r.qualifier() + "'";
        }
        if (!same(r.lower(), lo) || !same(r.upper(), hi)) {
            return "bounds [" + o.get("lower") + ", " + o.get("upper") + "] differ from the rule's ["
                    + Outcomes.text(r.lower()) + ", " + Outcomes.text(r.upper()) + "] (" + r.describe() + ")";
        }
        return null;
    }

    private static PrintedPrecision precisionRules(CheckRun run) {
        List<PrintedPrecision.Rule> rules = new ArrayList<>();
        for (Map<String, String> r : run.data().rows("precision")) {
            rules.add(PrintedPrecision.Rule.parse(r.get("rule_id"), r.get("qualifier"), r.get("units"), r.get("measures"),
                    r.get("locator"), r.get("printed"), r.get("min_trailing_zeros"), r.get("unit_from"), r.get("step"),
                    r.get("definition"), r.get("rationale")));
        }
        return new PrintedPrecision(rules);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static Map<String, QualifierRule> qualifierRules(CheckRun run) {
        Map<String, QualifierRule> rules = new HashMap<>();
        for (Map<String, String> r : run.data().rows("qualifiers")) {
            rules.put(r.get("id"), new QualifierRule(r.get("id"), dec(r.get("lower_factor")), orZero(dec(r.get("lower_offset"))),
                    dec(r.get("upper_factor")), orZero(dec(r.get("upper_offset"))), Boolean.parseBoolean(r.get("explicit")),
                    Boolean.parseBoolean(r.get("printed_precision")), r.get("definition"), r.get("rationale")));
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
