package org.repstat.provenance;

/**
 * One published value with everything needed to trace it: where we read it ({@code sourceId}, {@code locator},
 * {@code quote}) and where its author got it ({@code citedSourceId}, {@code citedLocator}). {@code role} is
 * {@code value} for a figure, {@code stated_total} for a table's own total row (a figure to check against, which
 * must not be summed with the rows it totals).
 */
public record Observation(String id, String dataset, String role, String measure, String scope, String geography,
                          Period period, QualifiedValue value, String unit, String asPrinted, String sourceId,
                          Locator locator, Quote quote, String citedSourceId, String citedLocator, String note) {

    public static final String ROLE_VALUE = "value";
    public static final String ROLE_STATED_TOTAL = "stated_total";
}
