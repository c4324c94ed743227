package org.repstat.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.repstat.checking.CheckResult;
import org.repstat.checking.CheckStatus;
import org.repstat.checking.Severity;

/**
 * Check results as the console shows them. The outcome comes first and is said in words with the check's severity,
 * so that a warning from an error-severity check (a registered disagreement) does not read "WARN error".
 */
final class CheckListing {

    private static final List<CheckStatus> ORDER = List.of(CheckStatus.FAIL, CheckStatus.WARN, CheckStatus.EXPLAINED, CheckStatus.PASS);

    private CheckListing() {
    }

    /** What an outcome means for a check of this severity. */
    static String meaning(CheckStatus status, Severity severity) {
        boolean error = severity == Severity.ERROR;
        return switch (status) {
            case FAIL -> error ? "error check, failed: the run fails" : "warning check, failed";
            case WARN -> error ? "error check; a registered disagreement whose reason is not yet known" : "warning check, failed";
            case EXPLAINED -> "a registered disagreement with a known reason";
            case PASS -> (error ? "error" : "warning") + " check, passed";
        };
    }

    /** Each result in full: outcome, check and subject, then what it means, the numbers, the message and the rows. */
    static void printFull(List<CheckResult> results) {
        for (CheckStatus status : ORDER) {
            for (CheckResult r : results) {
                if (r.status() != status) {
                    continue;
                }
                String pad = " ".repeat(13);
                System.out.printf(Locale.ROOT, "  %-10s %s — %s%n", status.id().toUpperCase(Locale.ROOT), r.checkId(), r.subject());
                System.out.println(pad + meaning(r.status(), r.severity()) + "; topic " + r.topic());
                System.out.printf(Locale.ROOT, "%sobserved %s; expected %s%s%n", pad, r.observed(), r.expected(),
                        r.difference().isEmpty() ? "" : "; difference " + r.difference()
                                + (r.relativeDifference().isEmpty() ? "" : " (" + r.relativeDifference() + "%)"));
                System.out.println(pad + r.message());
                if (!r.observationIds().isEmpty()) {
                    System.out.println(pad + "observations: " + abbreviate(r.observationIds(), ", "));
                }
                if (!r.sourceRows().isEmpty() && r.status() == CheckStatus.FAIL) {
                    System.out.println(pad + "source rows: " + abbreviate(r.sourceRows(), " | "));
                }
            }
        }
    }

    /** One line per check and outcome, with how many subjects it covers: the short listing of a plain `check`. */
    static void printByCheck(List<CheckResult> results) {
        if (results.isEmpty()) {
            return;
        }
        Map<String, List<CheckResult>> groups = new LinkedHashMap<>();
        for (CheckStatus status : ORDER) {
            for (CheckResult r : results) {
                if (r.status() == status) {
                    groups.computeIfAbsent(status.id() + " " + r.checkId(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        System.out.println("not a pass, by check (in full: --status warn,explained or --topic TOPIC; all results: datasets/clean/checks.csv;"
                + " registered disagreements: datasets/checks/disagreements.csv):");
        int width = groups.values().stream().mapToInt(g -> g.get(0).checkId().length()).max().orElse(0);
        for (List<CheckResult> g : groups.values()) {
            CheckResult first = g.get(0);
            System.out.printf(Locale.ROOT, "  %-10s %4d %s  %-" + width + "s  %s%n", first.status().id(), g.size(),
                    g.size() == 1 ? "result " : "results", first.checkId(), meaning(first.status(), first.severity()));
        }
    }

    static ArrayNode json(List<CheckResult> results) {
        ArrayNode out = SummaryOptions.JSON.createArrayNode();
        for (CheckResult r : results) {
            ObjectNode n = out.addObject();
            n.put("check_id", r.checkId());
            n.put("kind", r.kind());
            n.put("topic", r.topic());
            n.put("severity", r.severity().id());
            n.put("status", r.status().id());
            n.put("subject", r.subject());
            n.put("observed", r.observed());
            n.put("expected", r.expected());
            n.put("difference", r.difference().isEmpty() ? null : new java.math.BigDecimal(r.difference()));
            n.put("relative_difference", r.relativeDifference().isEmpty() ? null : new java.math.BigDecimal(r.relativeDifference()));
            r.observationIds().forEach(n.putArray("observation_ids")::add);
            n.put("message", r.message());
        }
        return out;
    }

    /** The console shows a few ids; checks.csv keeps them all. */
    static String abbreviate(List<String> items, String separator) {
        int shown = 6;
        return items.size() <= shown ? String.join(separator, items)
                : String.join(separator, items.subList(0, shown)) + separator + "… (" + (items.size() - shown)
                + " more in datasets/clean/checks.csv)";
    }
}
