package org.repstat.charting;

/**
 * The report's topics. The ids are shared with checks.csv's {@code topic} column and the notebooks, so a check,
 * a chart and a notebook about the same thing find each other.
 */
public enum Topic {
    CONVICTIONS("convictions", "Convictions and death sentences, 1921–1953"),
    MASS_OPERATIONS("mass_operations", "The mass operations in numbers"),
    RED_ARMY("red_army", "The purge of the Red Army"),
    NATIONAL_OPERATIONS("national_operations", "The national operations"),
    ORDER_00447("order_00447", "Order No. 00447: limits by region"),
    TIMELINE("timeline", "May–August 1937: from the army purge to the mass operations"),
    RECONCILIATION("reconciliation", "When sources disagree"),
    GULAG("gulag", "The Gulag population");

    private final String id;
    private final String heading;

    Topic(String id, String heading) {
        this.id = id;
        this.heading = heading;
    }

    public String id() {
        return id;
    }

    public String heading() {
        return heading;
    }

    /** The report page of this topic, relative to reports/. */
    public String page() {
        return id.replace('_', '-') + ".html";
    }
}
