package org.repstat.checking.runner;

import org.repstat.checking.CheckResult;
import org.repstat.published.CoreTables;
import java.util.List;
import org.repstat.published.PublishedTable;

/** The published outputs of the check stage: {@code checks.csv}, {@code reconciliation.csv}, {@code probable_misprints.csv}. */
public final class CheckTables {

    private CheckTables() {
    }

    /** Every table the check stage publishes, in the order of {@link CoreTables#checks()}. */
    public static List<PublishedTable> tables(CheckRunner.Report report) {
        return List.of(checksTable(report.results()), new PublishedTable(CoreTables.RECONCILIATION, report.reconciliation()),
                new PublishedTable(CoreTables.PROBABLE_MISPRINTS, report.misprints()));
    }

    public static PublishedTable checksTable(List<CheckResult> results) {
        return new PublishedTable(CoreTables.CHECKS, results.stream().map(r -> List.of(r.checkId(), r.kind(), r.topic(),
                r.severity().id(), r.status().id(), r.subject(), r.observed(), r.expected(), r.tolerance(),
                r.difference(), r.relativeDifference(), String.join(" | ", r.observationIds()),
                String.join(" | ", r.sourceRows()), r.message(), r.why())).toList());
    }
}
