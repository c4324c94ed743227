package org.repstat.checking.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.repstat.checking.PublishedData.Obs;

/** Groups observations by the catalogue's {@code match} fields: the rows a comparison pairs up. */
final class Groups {

    private Groups() {
    }

    static Map<String, List<Obs>> by(List<Obs> rows, List<String> match) {
        Map<String, List<Obs>> groups = new TreeMap<>();
        for (Obs o : rows) {
            String key = match.isEmpty() ? "all" : String.join(" / ", match.stream().map(f -> o.get(f).isEmpty() ? "(empty)" : o.get(f)).toList());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
        }
        return groups;
    }

    /** One group of the two sides of a comparison: the rows {@code select} and {@code compare} picked for one key. */
    record Pair(String key, List<Obs> left, List<Obs> right) {
    }

    /** Pairs the definition's two sides group by group; a group present on one side only is not compared. */
    static List<Pair> pairs(CheckRun run, org.repstat.checking.CheckDefinition d) {
        Map<String, List<Obs>> left = by(select(run, d.select()), d.match());
        Map<String, List<Obs>> right = by(select(run, d.compare()), d.match());
        List<Pair> pairs = new ArrayList<>();
        left.forEach((key, rows) -> {
            if (right.containsKey(key)) {
                pairs.add(new Pair(key, rows, right.get(key)));
            }
        });
        return pairs;
    }

    static List<Obs> select(CheckRun run, org.repstat.published.Selector selector) {
        return run.data().observations().stream().filter(o -> selector.test(o.row())).toList();
    }

    /** The sum of one number column over rows; null when any row lacks it (an unknown bound makes the sum unknown). */
    static BigDecimal sum(List<Obs> rows, Function<Obs, BigDecimal> column) {
        BigDecimal total = BigDecimal.ZERO;
        for (Obs o : rows) {
            BigDecimal v = column.apply(o);
            if (v == null) {
                return null;
            }
            total = total.add(v);
        }
        return total;
    }

    /**
     * Figures a side would add twice: two rows for the same cell of one publication read in two of its copies (same
     * measure, scope, geography, period and role; sources whose {@code copy_of} is the same publication). Empty when
     * every figure is counted once. A sum must select one copy; the copies are compared by an agreement check.
     */
    static List<String> copiesAdded(List<Obs> rows, CheckRun run) {
        Map<String, List<Obs>> cells = new TreeMap<>();
        for (Obs o : rows) {
            String key = String.join(" / ", run.publication(o.get("source_id")), o.get("measure"), o.get("scope"),
                    o.get("geography"), o.get("period_start"), o.get("period_end"), o.get("role"));
            cells.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
        }
        List<String> twice = new ArrayList<>();
        cells.forEach((key, same) -> {
            if (same.stream().map(o -> o.get("source_id")).distinct().count() > 1) {
                twice.add(ids(same) + " (copies of " + key.substring(0, key.indexOf(" / ")) + ")");
            }
        });
        return twice;
    }

    /** The failure a summing rule reports instead of a sum that would count one publication's figure twice. */
    static org.repstat.checking.CheckResult copiesAddedResult(org.repstat.checking.CheckDefinition d, String key,
                                                              List<String> twice, List<Obs> involved) {
        return Outcomes.result(d, false, key, twice.size() + " figure(s) added twice", "one copy per publication",
                null, null, involved, "the sum would add copies of one publication's figure: " + String.join("; ", twice)
                        + "; select one copy (the copies are compared by their own agreement check)");
    }

    static String ids(List<Obs> rows) {
        return String.join(" + ", rows.stream().map(Obs::id).toList());
    }
}
