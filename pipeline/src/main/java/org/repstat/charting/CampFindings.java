package org.repstat.charting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.repstat.io.Yaml;
import org.repstat.published.PublishedRow;

/**
 * The findings of the camps file's figures, named in {@link Findings}: what the sum over the camps shows beside the
 * published totals, the largest camp of a year, and where a year's counted prisoners were held. Computed from the
 * figure's rows of the answer tables; a total resting on a weak source never makes the headline.
 */
final class CampFindings {

    private CampFindings() {
    }

    /**
     * {@code camps_summed}: "Summed over the camps that give a figure, the camps file counts most prisoners in 1941:
     * 2,157,697 in 95 camps; beside a published total for all camps (1930–1934) the sum is 92% to 167% of it".
     * Arguments: {@code column} (the sum), {@code camps} (how many camps give a figure), {@code totals} (the columns of
     * published totals).
     */
    static Optional<String> campsSummed(Findings.Args a, List<PublishedRow> rows, ChartData data) {
        String sum = a.text("column");
        String camps = a.text("camps");
        String x = a.spec().text("x", "period_start");
        Optional<PublishedRow> peak = rows.stream().filter(r -> r.number(sum) != null)
                .max(Comparator.comparing((PublishedRow r) -> r.number(sum)).thenComparing(r -> r.text(x), Comparator.reverseOrder()));
        if (peak.isEmpty()) {
            return Optional.empty();
        }
        PublishedRow p = peak.get();
        String out = "Summed over the camps that give a figure, the camps file counts most prisoners in " + year(p, x) + ": "
                + Cells.num(p.number(sum)) + " in " + p.text(camps) + " camps";
        List<Double> shares = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (PublishedRow r : rows) {
            for (String t : texts(a, "totals")) {
                BigDecimal whole = r.number(t);
                if (r.number(sum) != null && whole != null && whole.signum() > 0 && !ByYearChart.weak(r, t)) {
                    shares.add(r.number(sum).doubleValue() / whole.doubleValue());
                    years.add(Integer.parseInt(year(r, x)));
                }
            }
        }
        if (!shares.isEmpty()) {
            out += "; beside a published total for all camps (" + runs(years) + ") the sum is "
                    + Cells.percent(shares.stream().min(Double::compare).orElseThrow()) + " to "
                    + Cells.percent(shares.stream().max(Double::compare).orElseThrow()) + " of it";
        }
        return Optional.of(out);
    }

    /**
     * {@code largest_camp}: "In 1938 the largest camp in the camps file, Name (English name), held 200,907 prisoners;
     * the 12 largest held …, 63% of the … counted in the 55 camps that give a figure". {@code rows} are the rows
     * drawn; the whole is every row the figure selects. Argument: {@code column}.
     */
    static Optional<String> largestCamp(Findings.Args a, List<PublishedRow> rows, ChartData data) {
        String column = a.text("column");
        List<PublishedRow> shown = rows.stream().filter(r -> r.number(column) != null).toList();
        List<PublishedRow> all = data.rows(a.spec()).stream().filter(r -> r.number(column) != null).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        PublishedRow top = shown.stream().max(Comparator.comparing((PublishedRow r) -> r.number(column))).orElseThrow();
        BigDecimal sumShown = sum(shown, column);
        BigDecimal sumAll = sum(all, column);
        String name = top.text("name_en").isEmpty() ? top.text("name") : top.text("name") + " (" + top.text("name_en") + ")";
        return Optional.of("In " + top.text("year") + " the largest camp in the camps file, " + name + ", held "
                + Cells.figure(top, column) + " prisoners; the " + shown.size() + " largest held " + Cells.num(sumShown) + ", "
                + Cells.percent(sumShown.doubleValue() / sumAll.doubleValue()) + " of the " + Cells.num(sumAll)
                + " counted in the " + all.size() + " camps that give a figure");
    }

    /**
     * {@code camps_east_of}: "In 1938 the camps file has 60 camps open at a known place, 55 of them with a prisoner
     * count; 63% of the prisoners counted were held east of the Urals (east of 60°E)". {@code rows} are the points
     * drawn. Arguments: {@code column}, {@code east_of} (degrees east) and {@code beyond} (what lies along it).
     */
    static Optional<String> campsEastOf(Findings.Args a, List<PublishedRow> rows, ChartData data) {
        String column = a.text("column");
        double meridian;
        try {
            meridian = Double.parseDouble(a.text("east_of"));
        } catch (NumberFormatException e) {
            throw a.args().get("east_of").error("expected degrees east, found '" + a.text("east_of") + "'");
        }
        List<String> years = rows.stream().map(r -> r.text("year")).distinct().toList();
        if (rows.isEmpty() || years.size() != 1) {
            return Optional.empty();
        }
        List<PublishedRow> counted = rows.stream().filter(r -> r.number(column) != null).toList();
        String out = "In " + years.get(0) + " the camps file has " + rows.size() + " camps open at a known place, "
                + counted.size() + " of them with a prisoner count";
        BigDecimal all = sum(counted, column);
        if (all.signum() > 0) {
            BigDecimal east = sum(counted.stream().filter(r -> r.number("longitude").doubleValue() > meridian
                    || r.number("longitude").doubleValue() < -168).toList(), column); // Chukotka, east of the date line
            out += "; " + Cells.percent(east.doubleValue() / all.doubleValue()) + " of the prisoners counted were held east of "
                    + a.text("beyond") + " (east of " + ChartStyle.count(meridian) + "°E)";
        }
        return Optional.of(out);
    }

    private static BigDecimal sum(List<PublishedRow> rows, String column) {
        return rows.stream().map(r -> r.number(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String year(PublishedRow r, String x) {
        return r.text(x).substring(0, 4);
    }

    private static List<String> texts(Findings.Args a, String key) {
        Yaml.Node n = a.args().get(key);
        if (n == null) {
            throw a.spec().node().error("the finding " + a.spec().title().finding() + " needs the argument '" + key + "'");
        }
        return n.texts();
    }

    /** "1930–1934, 1953": runs of consecutive years joined. */
    static String runs(TreeSet<Integer> years) {
        List<String> out = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (int y : years) {
            if (prev != null && y == prev + 1) {
                prev = y;
                continue;
            }
            if (start != null) {
                out.add(start.equals(prev) ? String.valueOf(start) : start + "–" + prev);
            }
            start = y;
            prev = y;
        }
        if (start != null) {
            out.add(start.equals(prev) ? String.valueOf(start) : start + "–" + prev);
        }
        return String.join(", ", out);
    }
}
