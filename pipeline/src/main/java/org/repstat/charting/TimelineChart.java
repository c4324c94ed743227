package org.repstat.charting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.repstat.io.Yaml;
import org.repstat.published.PublishedRow;
import org.repstat.topics.FigureSpec;
import org.repstat.topics.TopicSpec;

/**
 * {@code kind: timeline}: the events of a window of months on a date axis, one lane per declared group of event
 * types. Every event on a known day carries its number, which the table beside the chart names in words; a date
 * known only to the month is drawn as a pale span over that month, never as a point on an invented day.
 */
final class TimelineChart implements ChartKind {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    /** Numbers closer than this many days share one label, so labels never print over each other. */
    private static final int CLUSTER_DAYS = 9;

    record Lane(String label, List<String> types) {
    }

    @Override
    public List<Figure> build(FigureSpec spec, TopicSpec topic, ChartData data) {
        Map<String, Yaml.Node> window = Yaml.required(spec.node(), spec.options(), "window").mapping();
        YearMonth from = month(Yaml.required(spec.option("window"), window, "from"));
        YearMonth to = month(Yaml.required(spec.option("window"), window, "to"));
        List<Lane> lanes = new ArrayList<>();
        for (Yaml.Node l : Yaml.required(spec.node(), spec.options(), "lanes").list()) {
            Map<String, Yaml.Node> f = l.mapping();
            lanes.add(new Lane(Yaml.required(l, f, "label").text(), f.containsKey("types") ? f.get("types").texts() : List.of()));
        }
        LocalDate origin = from.atDay(1);
        List<PublishedRow> events = data.rows(spec).stream().filter(e -> inWindow(e, from, to))
                .sorted(Comparator.comparing((PublishedRow e) -> e.text("date_start")).thenComparing(e -> e.text("event_id"))).toList();
        List<String> laneNames = lanes.stream().map(Lane::label).toList();
        int n = lanes.size();
        Layers layers = new Layers()
                .lines("date known only to the month (or part of it)", ChartStyle.translucent(ChartStyle.GREY, 70), 14f, true)
                .lines("lasting several days", ChartStyle.BLUE, 6f, true)
                .points("event on a known day (numbered as in the table)", ChartStyle.VERMILION, SeriesMarkers.CIRCLE, true);
        Map<Integer, TreeMap<LocalDate, List<Integer>>> numbers = new TreeMap<>();
        int[] undated = new int[n];
        List<Figure.Cited> cited = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            PublishedRow e = events.get(i);
            int lane = lane(lanes, e.text("event_type"));
            double y = n - lane;
            cited.add(new Figure.Cited(e.text("event_id"), e.text("source_id"), e.text("locator")));
            if (e.text("date_precision").equals("day")) {
                LocalDate start = LocalDate.parse(e.text("date_start"));
                String end = e.text("date_end");
                if (end.length() == 10) {
                    layers.segment("lasting several days", day(origin, start), y, day(origin, LocalDate.parse(end)) + 1, y);
                }
                layers.point("event on a known day (numbered as in the table)", day(origin, start) + 0.5, y);
                numbers.computeIfAbsent(lane, k -> new TreeMap<>()).computeIfAbsent(start, k -> new ArrayList<>()).add(i + 1);
            } else {
                YearMonth m = YearMonth.parse(e.text("date_start").substring(0, 7));
                String end = e.text("date_end");
                YearMonth last = end.length() >= 7 ? YearMonth.parse(end.substring(0, 7)) : m;
                double dy = 0.12 * (undated[lane]++ % 3 - 1);
                layers.segment("date known only to the month (or part of it)", day(origin, m.atDay(1)), y + dy,
                        day(origin, last.atEndOfMonth()) + 1, y + dy);
            }
        }
        for (Map.Entry<Integer, TreeMap<LocalDate, List<Integer>>> lane : numbers.entrySet()) {
            label(layers, lane.getValue(), n - lane.getKey(), origin);
        }
        double end = day(origin, to.atEndOfMonth()) + 1;
        XYChart chart = ChartKit.rows("day of " + from.getYear(), laneNames, end, layers,
                c -> c.setCustomXAxisTickLabelsFormatter(x -> Math.abs(x - Math.round(x)) < 1e-6
                        ? origin.plusDays(Math.round(x)).format(DAY) : ChartKit.invisible(x)));
        DataTable.Builder t = new DataTable.Builder("No.", "Date", "Event", "Date as printed", "Lane", "Source");
        for (int i = 0; i < events.size(); i++) {
            PublishedRow e = events.get(i);
            t.row(String.valueOf(i + 1), e.text("date_start") + (e.text("date_end").isEmpty() ? "" : " – " + e.text("date_end")),
                    e.text("description"), e.text("date_as_printed"), laneNames.get(lane(lanes, e.text("event_type"))),
                    data.sourceLabel(e.text("source_id")));
        }
        String title = Findings.title(spec, events, data);
        String alt = "Timeline of " + events.size() + " dated events from " + from.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                + " to " + to.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + to.getYear()
                + ", in lanes: " + String.join("; ", laneNames) + ". " + title + ".";
        return List.of(new Figure(spec.id(), spec.id(), topic.id(), title, spec.caption(), alt, t.build(), cited, chart));
    }

    static YearMonth month(Yaml.Node n) {
        try {
            return YearMonth.parse(n.text());
        } catch (java.time.format.DateTimeParseException e) {
            throw n.error("expected a month as YYYY-MM, found '" + n.text() + "'");
        }
    }

    static int lane(List<Lane> lanes, String type) {
        for (int i = 0; i < lanes.size() - 1; i++) {
            if (lanes.get(i).types().contains(type)) {
                return i;
            }
        }
        return lanes.size() - 1;
    }

    static boolean inWindow(PublishedRow e, YearMonth from, YearMonth to) {
        String d = e.text("date_start");
        if (d.length() < 7) {
            return false;
        }
        YearMonth m = YearMonth.parse(d.substring(0, 7));
        return !m.isBefore(from) && !m.isAfter(to);
    }

    private static double day(LocalDate origin, LocalDate d) {
        return ChronoUnit.DAYS.between(origin, d);
    }

    /** Event numbers above their dots; days closer than {@link #CLUSTER_DAYS} share one label. */
    private static void label(Layers layers, TreeMap<LocalDate, List<Integer>> byDay, double y, LocalDate origin) {
        List<LocalDate> cluster = new ArrayList<>();
        for (LocalDate d : byDay.keySet()) {
            if (!cluster.isEmpty() && ChronoUnit.DAYS.between(cluster.get(cluster.size() - 1), d) > CLUSTER_DAYS) {
                put(layers, cluster, byDay, y, origin);
                cluster = new ArrayList<>();
            }
            cluster.add(d);
        }
        put(layers, cluster, byDay, y, origin);
    }

    private static void put(Layers layers, List<LocalDate> days, TreeMap<LocalDate, List<Integer>> byDay, double y, LocalDate origin) {
        if (days.isEmpty()) {
            return;
        }
        List<String> nums = new ArrayList<>();
        days.forEach(d -> byDay.get(d).forEach(i -> nums.add(String.valueOf(i))));
        layers.label(String.join(", ", nums), day(origin, days.get(0)) + 0.5, y - 0.32, false);
    }
}
