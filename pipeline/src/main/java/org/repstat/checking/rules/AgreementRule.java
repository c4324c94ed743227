package org.repstat.checking.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.PublishedData.Obs;
import org.repstat.published.PublishedNumbers;

/**
 * The same concept from different sources, each compared with the median of all of them: a value agrees when it is
 * within the tolerance of the median or when its own bounds reach the median. Every value is kept, with its
 * difference, in {@code reconciliation.csv}; no source is chosen as the winner.
 */
public final class AgreementRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.selecting("observations").matching();
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        List<CheckResult> out = new ArrayList<>();
        for (var e : Groups.by(Groups.select(run, d.select()), d.match()).entrySet()) {
            List<Obs> rows = e.getValue();
            List<BigDecimal> values = rows.stream().map(AgreementRule::central).filter(v -> v != null).sorted().toList();
            if (values.size() < 2) {
                continue; // one source agrees with itself
            }
            BigDecimal median = median(values);
            String concept = d.match().isEmpty() ? d.id() : d.id() + " [" + e.getKey() + "]";
            for (Obs o : rows) {
                BigDecimal v = central(o);
                BigDecimal diff = v == null ? null : v.subtract(median);
                run.addReconciliation(List.of(concept, label(d, e.getKey()), o.get("source_id"), o.id(), o.get("value"),
                        o.get("qualifier"), o.get("lower"), o.get("upper"), run.reliability(o.get("source_id")),
                        PublishedNumbers.format(median), PublishedNumbers.format(diff), Outcomes.relative(diff, median)));
                if (v == null) {
                    continue;
                }
                boolean reaches = (o.lower() == null || o.lower().compareTo(median) <= 0)
                        && (o.upper() == null || o.upper().compareTo(median) >= 0);
                boolean ok = reaches || d.tolerance().accepts(v, median);
                out.add(Outcomes.result(d, ok, concept + " / " + o.id(), o.get("as_printed"),
                        "median of " + values.size() + " sources: " + PublishedNumbers.format(median), diff, median,
                        List.of(o), ok ? "agrees with the other sources" : "differs from the median by "
                                + PublishedNumbers.format(diff) + " (" + Outcomes.relative(diff, median) + "%)"));
            }
        }
        return out;
    }

    /**
     * The concept in words, without the check's claim: "Those shot under Order No. 00447 … agree across sources
     * within 5%" names the concept "Those shot under Order No. 00447 …"; a grouped check adds its group ("arrested").
     */
    static String label(CheckDefinition d, String groupKey) {
        String description = d.description().replaceAll("\\s+agrees?\\b.*$", "").replaceAll("\\.$", "");
        return d.match().isEmpty() ? description : description + " — " + groupKey;
    }

    /** The figure a source states; for a printed range without one, the middle of the range. */
    static BigDecimal central(Obs o) {
        if (o.value() != null) {
            return o.value();
        }
        if (o.lower() != null && o.upper() != null) {
            return o.lower().add(o.upper()).divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_EVEN);
        }
        return null;
    }

    static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
