package org.repstat.checking.runner;

import org.repstat.checking.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
        if (!Files.exists(file)) {
            return new Disagreements(entries);
        }
        for (RawRow row : RawTable.read(file, HEADER).rows()) {
            String reason = row.required("reason");
            if (!REASONS.contains(reason)) {
                throw row.error("reason", "expected one of " + new java.util.TreeSet<>(REASONS) + ", found '" + reason + "'");
            }
            String status = row.required("status");
            if (!status.equals("explained") && !status.equals("unexplained")) {
                throw row.error("status", "expected explained or unexplained, found '" + status + "'");
            }
            Set<String> ids = new HashSet<>(Arrays.stream(row.required("observation_ids").split("\\|")).map(String::strip).toList());
            entries.add(new Entry(row.required("disagreement_id"), row.required("check_id"), ids, reason,
                    status.equals("explained"), row.text("difference"), row.required("explanation")));
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
