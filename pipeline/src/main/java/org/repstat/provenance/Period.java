package org.repstat.provenance;

/**
 * The time a figure covers, from start to end inclusive, each as precise as the source says.
 * "1937–38" is 1937..1938; "1953 (first half)" is 1953-01..1953-06, never the year 1953.
 */
public record Period(PartialDate start, PartialDate end) {

    public Period {
        if (start != null && end != null && end.latest().isBefore(start.earliest())) {
            throw new IllegalArgumentException("period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public static Period of(String start, String end) {
        PartialDate s = blank(start) ? null : PartialDate.parse(start);
        PartialDate e = blank(end) ? s : PartialDate.parse(end);
        return new Period(s, e);
    }

    public static Period year(int year) {
        PartialDate y = new PartialDate(year, null, null);
        return new Period(y, y);
    }

    public String startText() {
        return start == null ? "" : start.toString();
    }

    public String endText() {
        return end == null ? "" : end.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
