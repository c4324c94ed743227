package org.repstat.checking;

import java.util.List;
import org.repstat.cleaning.Field;
import org.repstat.cleaning.PublishedTable;
import org.repstat.cleaning.TableSpec;

/** The published outputs of the check stage: {@code checks.csv} and {@code reconciliation.csv}. */
public final class CheckTables {

    public static final TableSpec CHECKS = new TableSpec("checks", "checks.csv", "Check results",
            "one check applied to one subject (a year, a pair of sources, a region): what was compared, the outcome and the size of any difference",
            List.of(Field.required("check_id", "Id of the check in datasets/checks/catalogue.csv (or of a built-in check)."),
                    Field.required("kind", "Rule kind: schema, provenance, unique_key, vocabulary, foreign_key, bounds, non_negative, plausible_range, order, sum, agreement, qualifier_consistency, date_order, row_accounting, …"),
                    Field.required("topic", "Report topic the check belongs to."),
                    Field.required("severity", "error fails the run; warning is reported.").oneOf(List.of("error", "warning")),
                    Field.required("status", "pass, warn (a warning-severity failure), fail, or explained (a registered, explained disagreement).")
                            .oneOf(List.of("pass", "warn", "fail", "explained")),
                    Field.required("subject", "What this row is about."),
                    Field.string("observed", "The value found."),
                    Field.string("expected", "The value or condition it should meet."),
                    Field.string("tolerance", "Allowed difference."),
                    Field.number("difference", "observed − expected."),
                    Field.number("relative_difference", "difference ÷ expected, in percent."),
                    Field.string("observation_ids", "Observations involved (observations.observation_id), separated by ' | '."),
                    Field.string("source_rows", "Where each involved value is printed: source id and locator, separated by ' | '."),
                    Field.string("message", "The outcome in words."),
                    Field.required("why", "Why this check exists, in one line a student can read.")),
            List.of("check_id", "subject"), List.of());

    public static final TableSpec RECONCILIATION = new TableSpec("reconciliation", "reconciliation.csv",
            "Reconciliation of sources",
            "one source's value for one concept (the same measure, scope and period as other sources report it), beside the median of all sources",
            List.of(Field.required("concept", "The concept compared (the id of its agreement check)."),
                    Field.required("concept_label", "The concept in words."),
                    Field.required("source_id", "The source (sources.source_id)."),
                    Field.required("observation_id", "The value (observations.observation_id)."),
                    Field.number("value", "The source's figure."),
                    Field.required("qualifier", "The source's qualifier."),
                    Field.number("lower", "Lower bound implied by the qualifier."),
                    Field.number("upper", "Upper bound implied by the qualifier."),
                    Field.string("reliability", "primary, scholarly, secondary or weak."),
                    Field.number("median_of_sources", "Median of all sources' values for the concept."),
                    Field.number("difference_from_median", "value − median."),
                    Field.number("relative_difference_from_median", "(value − median) ÷ median, in percent.")),
            List.of("concept", "observation_id"),
            List.of(new TableSpec.ForeignKey("source_id", "sources", "source_id"),
                    new TableSpec.ForeignKey("observation_id", "observations", "observation_id")));

    private CheckTables() {
    }

    public static List<TableSpec> specs() {
        return List.of(CHECKS, RECONCILIATION);
    }

    public static PublishedTable checksTable(List<CheckResult> results) {
        return new PublishedTable(CHECKS, results.stream().map(r -> List.of(r.checkId(), r.kind(), r.topic(),
                r.severity().id(), r.status().id(), r.subject(), r.observed(), r.expected(), r.tolerance(),
                r.difference(), r.relativeDifference(), String.join(" | ", r.observationIds()),
                String.join(" | ", r.sourceRows()), r.message(), r.why())).toList());
    }
}
