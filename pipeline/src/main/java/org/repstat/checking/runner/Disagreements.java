package org.repstat.checking.runner;

import org.repstat.checking.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * The known-disagreements register ({@code datasets/checks/disagreements.csv}): sources that differ for a reason we
 * have looked into. A check that fails on a registered disagreement is reported as {@code explained} (the reason is
 * known: scope, period, counting unit, rounding, a damaged copy) or as {@code warn} (registered, reason unknown);
 * an unregistered disagreement, or one whose size has changed, stays a failure.
 */
public final class Disagreements {

    public static final List<String> HEADER = List.of("disagreement_id", "check_id", "observation_ids", "reason",
            "status", "difference", "explanation");
    public static final Set<String> REASONS = Set.of("scope", "period", "counting_unit", "measure", "rounding",
            "damaged_copy", "source_inconsistency", "unknown");

    private static final java.util.regex.Pattern DIFFERENCE = java.util.regex.Pattern.compile("±?\\d+(\\.\\d+)?|-\\d+(\\.\\d+)?");

    /** One register entry: the observations it covers and why they differ. */
    public record Entry(String id, String checkId, Set<String> observationIds, String reason, boolean explained,
                        String difference, String explanation) {
    }

    private final List<Entry> entries;

    private Disagreements(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Disagreements read(Path file) {
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) { // a register may be absent, not broken
            return new Disagreements(entries);
        }
        Map<String, Long> ids = new java.util.HashMap<>();
        Map<String, Long> covered = new java.util.HashMap<>();
        for (RawRow row : RawTable.read(file, HEADER).rows()) {
            String id = row.required("disagreement_id");
            Long first = ids.putIfAbsent(id, row.line());
            if (first != null) {
                throw row.error("disagreement_id", "duplicate disagreement id '" + id + "' (first at line " + first
                        + "): checks.csv would list the entry twice under one key");
            }
            String difference = row.text("difference");
            if (!difference.isEmpty() && !DIFFERENCE.matcher(difference).matches()) {
                throw row.error("difference", "expected the size of the difference as a number (1308, -40, 0.5) or ±number"
                        + " (either sign), found '" + difference + "'");
            }
            if (!difference.isEmpty()) {
                String tooLong = org.repstat.io.NumberLimits.problem(new java.math.BigDecimal(difference.replace("±", "")), difference);
                if (tooLong != null) {
                    throw row.error("difference", tooLong);
                }
            }
            String reason = row.required("reason");
            if (!REASONS.contains(reason)) {
                throw row.error("reason", "expected one of " + new java.util.TreeSet<>(REASONS) + ", found '" + reason + "'");
            }
            String status = row.required("status");
            if (!status.equals("explained") && !status.equals("unexplained")) {
                throw row.error("status", "expected explained or unexplained, found '" + status + "'");
            }
            Set<String> observations = new java.util.TreeSet<>();
            for (String o : row.required("observation_ids").split("\\|")) {
                if (!o.strip().matches("[a-z0-9-]+:[a-z0-9-]+") || !observations.add(o.strip())) {
                    throw row.error("observation_ids", "expected distinct observation ids (<source-id>:<name>) separated by '|', found '"
                            + o.strip() + "'");
                }
            }
            String key = row.required("check_id") + " " + observations + " " + difference;
            Long same = covered.putIfAbsent(key, row.line());
            if (same != null) {
                throw row.error("observation_ids", "the entry at line " + same + " already covers this check, these observations and this difference");
            }
            entries.add(new Entry(id, row.required("check_id"), new HashSet<>(observations), reason,
                    status.equals("explained"), difference, row.required("explanation")));
        }
        return new Disagreements(entries);
    }

    /** "1308" must match exactly; "±40" matches 40 or −40 (for the two sides of a two-source comparison). */
    static boolean sameSize(String registered, String found) {
        if (registered.isEmpty()) {
            return true;
        }
        if (found.isEmpty()) {
            return false;
        }
        if (registered.startsWith("±")) {
            return new java.math.BigDecimal(found).abs().compareTo(new java.math.BigDecimal(registered.substring(1))) == 0;
        }
        return new java.math.BigDecimal(found).compareTo(new java.math.BigDecimal(registered)) == 0;
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The entry that covers a failed result: same check, every observation of the result registered, and, where the
     * entry records it, the same difference. An explanation is for a disagreement of a known size: if a cell changes
     * (a swapped digit on top of a known discrepancy), the new difference is no longer explained.
     */
    public Entry covering(CheckResult r) {
        for (Entry e : entries) {
            if (e.checkId().equals(r.checkId()) && !r.observationIds().isEmpty()
                    && e.observationIds().containsAll(r.observationIds())
                    && sameSize(e.difference(), r.difference())) {
                return e;
            }
        }
        return null;
    }
}
