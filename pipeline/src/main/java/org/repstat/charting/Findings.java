package org.repstat.charting;

import java.util.Set;

/**
 * The named finding functions a topic spec's title may call: a sentence about what the data show, computed from
 * the figure's rows (no figure is typed in a title), with the spec's fallback where the data do not support it.
 */
public final class Findings {

    /** Fields a label template may name beside the columns of its table: labels computed from the row. */
    public static final Set<String> DISPLAY_FIELDS = Set.of("source", "period", "scope", "measure", "geography", "reliability");

    private Findings() {
    }

    public static Set<String> names() {
        return Set.of("share_in_years", "paired_share", "rounded_figures_hold", "share_range", "largest_limit",
                "planned_and_counted", "days_between", "growth");
    }
}
