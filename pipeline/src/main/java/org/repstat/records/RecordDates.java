package org.repstat.records;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repstat.provenance.PartialDate;

/**
 * Dates as memorial books write them: "1937", "08.1937", "13.11.1937" (also ISO "1937-11-13", and a trailing
 * "г."). A date is kept exactly as precise as written, as a {@link PartialDate}: a year-only arrest is not
 * 1 January. A date that names no calendar day ("31.02.1937") is an error, never rounded.
 */
public final class RecordDates {

    /** Earliest and latest years a record date may carry: before the Cheka, or in the future, is a typo. */
    public static final int FIRST_YEAR = 1917;
    public static final int LAST_YEAR = 2030;

    private static final Pattern DOTTED = Pattern.compile("(?:(\\d{1,2})\\.)?(?:(\\d{1,2})\\.)?(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern YEAR_SUFFIX = Pattern.compile("\\s*(г\\.?|года?)$");

    private RecordDates() {
    }

    /** Parses a non-empty date; the message of the exception says what was expected. */
    public static PartialDate parse(String raw) {
        if (raw.length() == 10 && raw.charAt(2) == '.' && raw.charAt(5) == '.' && digits(raw, 0, 2) && digits(raw, 3, 5)
                && digits(raw, 6, 10)) { // DD.MM.YYYY, the common case, without regular expressions
            return checked(raw, Integer.parseInt(raw, 6, 10, 10), Integer.parseInt(raw, 3, 5, 10), Integer.parseInt(raw, 0, 2, 10));
        }
        String text = YEAR_SUFFIX.matcher(raw.strip()).replaceFirst("");
        Integer day = null;
        Integer month = null;
        int year;
        Matcher iso = ISO.matcher(text);
        Matcher dotted = DOTTED.matcher(text);
        if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = iso.group(2) == null ? null : Integer.valueOf(iso.group(2));
            day = iso.group(3) == null ? null : Integer.valueOf(iso.group(3));
        } else if (dotted.matches()) {
            year = Integer.parseInt(dotted.group(3));
            if (dotted.group(2) != null) { // DD.MM.YYYY
                day = Integer.valueOf(dotted.group(1));
                month = Integer.valueOf(dotted.group(2));
            } else if (dotted.group(1) != null) { // MM.YYYY
                month = Integer.valueOf(dotted.group(1));
            }
        } else {
            throw new IllegalArgumentException("expected a date as YYYY, MM.YYYY, DD.MM.YYYY or YYYY-MM-DD, found '" + raw + "'");
        }
        return checked(raw, year, month, day);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static PartialDate checked(String raw, int year, Integer month, Integer day) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR + " in '" + raw + "'");
        }
        try {
            return new PartialDate(year, month, day);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a calendar date: '" + raw + "'");
        }
    }
}
