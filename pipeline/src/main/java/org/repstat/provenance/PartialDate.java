package org.repstat.provenance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known only as precisely as the source states it ("1937", "June 1937", "11 June 1937").
 * Sources rarely give days; inventing them would be a fabricated fact, so precision travels with the date.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern ISO_PARTIAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (day != null) {
            LocalDate.of(year, month, day); // throws on 1937-02-30
        } else if (month != null) {
            YearMonth.of(year, month);
        }
    }

    /** Parses "1937", "1937-06" or "1937-06-11"; anything else is an error the caller reports with its location. */
    public static PartialDate parse(String text) {
        Matcher m = ISO_PARTIAL.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '" + text + "'");
        }
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        try {
            return new PartialDate(Integer.parseInt(m.group(1)), month, day);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a calendar date: '" + text + "'");
        }
    }

    public DatePrecision precision() {
        return day != null ? DatePrecision.DAY : month != null ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** The first day the date can mean: used to order events, never published as if it were known. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day the date can mean. */
    public LocalDate latest() {
        if (day != null) {
            return LocalDate.of(year, month, day);
        }
        if (month != null) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public int compareTo(PartialDate other) {
        int c = earliest().compareTo(other.earliest());
        return c != 0 ? c : latest().compareTo(other.latest());
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT, "%04d", year));
        if (month != null) {
            s.append(String.format(java.util.Locale.ROOT, "-%02d", month));
        }
        if (day != null) {
            s.append(String.format(java.util.Locale.ROOT, "-%02d", day));
        }
        return s.toString();
    }
}
