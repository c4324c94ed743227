package org.repstat.provenance;

/** How much of a date the source states. {@code PART_OF_MONTH} is "early June": finer than a month, not a day. */
public enum DatePrecision {
    DAY, PART_OF_MONTH, MONTH, YEAR;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static DatePrecision fromId(String id) {
        for (DatePrecision p : values()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("expected one of day, part_of_month, month, year; found '" + id + "'");
    }
}
