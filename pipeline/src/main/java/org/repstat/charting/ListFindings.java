package org.repstat.charting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.repstat.published.PublishedRow;

/**
 * The findings of the counts from lists of people (Memorial's lists), named in {@link Findings}: the busiest day of
 * a daily series and how much of it fell in a span of months, the rows that hold most of a whole, and the share of
 * the rows a column marks. Computed from the published counts; no figure is typed in a title.
 */
final class ListFindings {

    private static final List<String> SMALL = List.of("No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine");

    private ListFindings() {
    }

    /**
     * {@code busiest_day}: "28 February 1938 was the busiest day: 258 people of the list shot. Of the 9,987 in
     * 1937–1938, 96% fell in the months of the mass operations (August 1937 – November 1938)". Arguments: {@code
     * column}, {@code what} (the count in words), {@code from} and {@code to} (months), {@code during} (the span in words).
     * {@code rows} are the days drawn.
     */
    static Optional<String> busiestDay(Findings.Args a, List<PublishedRow> rows, ChartData data) {
        String column = a.text("column");
        String x = a.spec().text("x", "date");
        YearMonth from = month(a, "from");
        YearMonth to = month(a, "to");
        List<PublishedRow> counted = rows.stream().filter(r -> r.number(column) != null).toList();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        PublishedRow top = counted.stream().max(Comparator.comparing((PublishedRow r) -> r.number(column))
                .thenComparing(r -> r.text(x), Comparator.reverseOrder())).orElseThrow();
        BigDecimal all = sum(counted, column);
        BigDecimal in = sum(counted.stream().filter(r -> {
            YearMonth m = YearMonth.parse(r.text(x).substring(0, 7));
            return !m.isBefore(from) && !m.isAfter(to);
        }).toList(), column);
        String first = counted.get(0).text(x).substring(0, 4);
        String last = counted.get(counted.size() - 1).text(x).substring(0, 4);
        return Optional.of(Findings.day(LocalDate.parse(top.text(x))) + " was the busiest day: " + Cells.num(top.number(column)) + " "
                + a.text("what") + ". Of the " + Cells.num(all) + " in " + (first.equals(last) ? first : first + "–" + last) + ", "
                + Cells.percent(in.doubleValue() / all.doubleValue()) + " fell in " + a.text("during") + " ("
                + ByDayChart.words(from) + " – " + ByDayChart.words(to) + ")");
    }

    /**
     * {@code largest_shares}: "Two burial places hold 74% of the 11,789 people of the list: Бутово, 5,048 (43%), and
     * Коммунарка, 3,675 (31%)". Arguments: {@code column}, {@code top} (how many rows), {@code rows_are} and {@code of}
     * (words). The whole is every row the figure selects; the rows are named by the figure's label.
     */
    static Optional<String> largestShares(Findings.Args a, List<PublishedRow> rows, ChartData data) {
        String column = a.text("column");
        int top;
        try {
            top = Integer.parseInt(a.text("top"));
        } catch (NumberFormatException e) {
            throw a.args().get("top").error("expected how many rows, a whole number, found '" + a.text("top") + "'");
        }
        List<PublishedRow> all = data.rows(a.spec()).stream().filter(r -> r.number(column) != null)
                .sorted(Comparator.comparing((PublishedRow r) -> r.number(column)).reversed()).toList();
        BigDecimal whole = sum(all, column);
        if (all.size() < top || top < 1 || whole.signum() == 0) {
            return Optional.empty();
        }
        List<PublishedRow> largest = all.subList(0, top);
        List<String> named = new ArrayList<>();
        for (PublishedRow r : largest) {
            named.add(data.fill(name(a, column), r) + ", " + Cells.num(r.number(column)) + " ("
                    + Cells.percent(r.number(column).doubleValue() / whole.doubleValue()) + ")");
        }
        String list = named.size() == 1 ? named.get(0)
                : String.join(", ", named.subList(0, named.size() - 1)) + ", and " + named.get(named.size() - 1);
        return Optional.of((top < SMALL.size() ? SMALL.get(top) : String.valueOf(top)) + " " + a.text("rows_are") + " hold "
                + Cells.percent(sum(largest, column).doubleValue() / whole.doubleValue()) + " of the " + Cells.num(whole) + " "
                + a.text("of") + ": " + list);
    }

    /**
     * {@code flagged_share}: "31% of the 9,920 people of the list shot in 1937–38 whose nationality it gives were of
     * a nationality a national operation targeted; most of them Latvian (1,005), Polish (937), German (387)".
     * Arguments: {@code column}, {@code flag} (a column: a row counts as marked when it is not empty), {@code of},
     * {@code flagged} (words). Over every row the figure selects; the marked rows named by the figure's label.
     */
    static Optional<String> flaggedShare(Findings.Args a, List<PublishedRow> rows, ChartData data) {
        String column = a.text("column");
        String flag = a.text("flag");
        List<PublishedRow> all = data.rows(a.spec()).stream().filter(r -> r.number(column) != null).toList();
        BigDecimal whole = sum(all, column);
        List<PublishedRow> marked = all.stream().filter(r -> !r.text(flag).isEmpty())
                .sorted(Comparator.comparing((PublishedRow r) -> r.number(column)).reversed()).toList();
        if (whole.signum() == 0 || marked.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = marked.subList(0, Math.min(3, marked.size())).stream()
                .map(r -> data.fill(name(a, flag), r) + " (" + Cells.num(r.number(column)) + ")").toList();
        return Optional.of(Cells.percent(sum(marked, column).doubleValue() / whole.doubleValue()) + " of the " + Cells.num(whole) + " "
                + a.text("of") + " were " + a.text("flagged") + "; most of them " + String.join(", ", named));
    }

    /** How the finding names a row: its {@code name} argument (a label template), else the figure's label. */
    private static String name(Findings.Args a, String column) {
        return a.args().containsKey("name") ? a.text("name") : a.spec().text("label", "{" + column + "}");
    }

    private static YearMonth month(Findings.Args a, String key) {
        try {
            return YearMonth.parse(a.text(key));
        } catch (java.time.format.DateTimeParseException e) {
            throw a.args().get(key).error("expected a month as YYYY-MM, found '" + a.text(key) + "'");
        }
    }

    private static BigDecimal sum(List<PublishedRow> rows, String column) {
        return rows.stream().map(r -> r.number(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
