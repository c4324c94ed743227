package org.repstat.charting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.repstat.io.Yaml;
import org.repstat.published.PublishedRow;
import org.repstat.topics.FigureSpec;
import org.repstat.topics.TopicSpec;

/**
 * {@code kind: by_day}: a daily series, one thin bar per day of a window of months, month by month along the x
 * axis. A table of counts lists only the days that have one: a day without a row draws no bar, which for a count of
 * people in a list is the truth (nobody of the list that day), and the caption says so. {@code spans} mark periods
 * above the bars (the mass operations, say). The table beside the chart has one row per month (its total, the days
 * with a count and the busiest day), since a page cannot list seven hundred days; every day is in the CSV.
 */
final class ByDayChart implements ChartKind {

    record Span(YearMonth from, YearMonth to, String label) {
        boolean holds(LocalDate d) {
            YearMonth m = YearMonth.from(d);
            return !m.isBefore(from) && !m.isAfter(to);
        }
    }

    @Override
    public List<Figure> build(FigureSpec spec, TopicSpec topic, ChartData data) {
        String x = spec.text("x", "date");
        Series bar = Series.of(spec, "bars").get(0);
        Map<String, Yaml.Node> window = Yaml.required(spec.node(), spec.options(), "window").mapping();
        YearMonth from = TimelineChart.month(Yaml.required(spec.option("window"), window, "from"));
        YearMonth to = TimelineChart.month(Yaml.required(spec.option("window"), window, "to"));
        List<Span> spans = spans(spec);
        List<PublishedRow> rows = rows(spec, data, x, bar.column(), from, to);
        double top = rows.stream().mapToDouble(r -> r.number(bar.column()).doubleValue()).max().orElse(1);
        Layers layers = new Layers();
        layers.lines(bar.label(), bar.colour(data.palette(), 0), 1.4f, true);
        for (int i = 0; i < spans.size(); i++) {
            layers.lines(spans.get(i).label(), ChartStyle.translucent(ChartStyle.PALETTE[(i + 1) % ChartStyle.PALETTE.length], 110), 7f, true);
        }
        List<Figure.Cited> cited = new ArrayList<>();
        for (PublishedRow r : rows) {
            double at = position(from, LocalDate.parse(r.text(x)));
            layers.segment(bar.label(), at, 0, at, r.number(bar.column()).doubleValue());
        }
        if (!rows.isEmpty()) {
            cited.addAll(data.cited(rows.get(0), bar.column()));
            // the busiest day is named beside its bar, so the headline's day can be found on the chart
            PublishedRow peak = rows.stream().max(java.util.Comparator.comparing((PublishedRow r) -> r.number(bar.column()))
                    .thenComparing(r -> r.text(x), java.util.Comparator.reverseOrder())).orElseThrow();
            layers.label(Findings.day(LocalDate.parse(peak.text(x))) + ": " + Cells.num(peak.number(bar.column())),
                    position(from, LocalDate.parse(peak.text(x))) + 0.15, peak.number(bar.column()).doubleValue() * 0.98, false);
        }
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            double y = top * (1.08 + 0.05 * i);
            layers.segment(s.label(), position(from, s.from().atDay(1)), y, position(from, s.to().atEndOfMonth().plusDays(1)), y);
        }
        int months = (int) ChronoUnit.MONTHS.between(from, to) + 1;
        XYChart chart = new XYChart(ChartKit.WIDTH, 560);
        XYStyler st = chart.getStyler();
        ChartStyle.apply(st);
        st.setLegendPosition(LegendPosition.InsideNW);
        st.setPlotGridVerticalLinesVisible(false);
        st.setXAxisMin(0.0);
        st.setXAxisMax((double) months);
        st.setYAxisMin(0.0);
        st.setYAxisMax(top * (1.14 + 0.05 * spans.size()));
        st.setYAxisDecimalPattern("#,##0");
        chart.setXAxisTitle("month (each bar is one day)");
        chart.setYAxisTitle(spec.text("y_title", "people"));
        chart.setCustomXAxisTickLabelsFormatter(v -> tick(from, v));
        layers.drawOn(chart);
        String title = Findings.title(spec, rows, data);
        String caption = spec.caption() + " Days without a bar have no count in the table (for a list of people: nobody of"
                + " the list that day). The table gives each month's total, the days with a count and the busiest day; every"
                + " day is in " + data.spec(spec.from()).path() + ".";
        String alt = "Daily chart from " + words(from) + " to " + words(to) + " of " + bar.label() + ", one bar per day. " + title + ".";
        return List.of(new Figure(spec.id(), spec.id(), topic.id(), title, caption, alt,
                table(rows, x, bar, from, to, spans), cited, chart));
    }

    /** The rows in the window with a count, in date order (a table's days may come in any order). */
    static List<PublishedRow> rows(FigureSpec spec, ChartData data, String x, String column, YearMonth from, YearMonth to) {
        return data.rows(spec).stream().filter(r -> r.text(x).length() == 10 && r.number(column) != null)
                .filter(r -> {
                    YearMonth m = YearMonth.parse(r.text(x).substring(0, 7));
                    return !m.isBefore(from) && !m.isAfter(to);
                })
                .sorted(java.util.Comparator.comparing((PublishedRow r) -> r.text(x))).toList();
    }

    /** Months since the window's first month, the day a fraction of its month: ticks at whole numbers are month starts. */
    static double position(YearMonth from, LocalDate d) {
        YearMonth m = YearMonth.from(d);
        return ChronoUnit.MONTHS.between(from, m) + (d.getDayOfMonth() - 1) / (double) m.lengthOfMonth();
    }

    private static String tick(YearMonth from, double v) {
        if (Math.abs(v - Math.round(v)) > 1e-6) {
            return ChartKit.invisible(v);
        }
        YearMonth m = from.plusMonths(Math.round(v));
        String name = m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return m.getMonthValue() == 1 || Math.round(v) == 0 ? name + " " + m.getYear() : name;
    }

    static String words(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }

    static List<Span> spans(FigureSpec spec) {
        List<Span> out = new ArrayList<>();
        Yaml.Node n = spec.option("spans");
        if (n == null) {
            return out;
        }
        for (Yaml.Node s : n.list()) {
            Map<String, Yaml.Node> f = s.mapping();
            YearMonth a = TimelineChart.month(Yaml.required(s, f, "from"));
            YearMonth b = TimelineChart.month(Yaml.required(s, f, "to"));
            if (b.isBefore(a)) {
                throw f.get("to").error("expected a month on or after " + a + ", found '" + b + "'");
            }
            out.add(new Span(a, b, Yaml.required(s, f, "label").text()));
        }
        return out;
    }

    private static DataTable table(List<PublishedRow> rows, String x, Series bar, YearMonth from, YearMonth to, List<Span> spans) {
        Map<YearMonth, List<PublishedRow>> byMonth = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            byMonth.put(m, new ArrayList<>());
        }
        rows.forEach(r -> byMonth.get(YearMonth.parse(r.text(x).substring(0, 7))).add(r));
        List<String> header = new ArrayList<>(List.of("Month", ByYearChart.capitalise(bar.label()), "Days with a count", "Busiest day"));
        spans.forEach(s -> header.add("In: " + s.label()));
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<YearMonth, List<PublishedRow>> e : byMonth.entrySet()) {
            BigDecimal total = e.getValue().stream().map(r -> r.number(bar.column())).reduce(BigDecimal.ZERO, BigDecimal::add);
            PublishedRow busiest = e.getValue().stream().max(java.util.Comparator.comparing((PublishedRow r) -> r.number(bar.column()))
                    .thenComparing(r -> r.text(x), java.util.Comparator.reverseOrder())).orElse(null);
            List<String> row = new ArrayList<>(List.of(words(e.getKey()), Cells.num(total), String.valueOf(e.getValue().size()),
                    busiest == null ? "" : Findings.day(LocalDate.parse(busiest.text(x))) + " (" + Cells.num(busiest.number(bar.column())) + ")"));
            spans.forEach(s -> row.add(s.holds(e.getKey().atDay(1)) ? "yes" : ""));
            out.add(row);
        }
        return new DataTable(header, out);
    }
}
