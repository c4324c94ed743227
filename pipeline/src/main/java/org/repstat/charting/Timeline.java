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
import java.util.Optional;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.repstat.charting.PublishedData.Ev;

/**
 * May–August 1937 on a date axis, one lane per kind of event. A date known only to the month is drawn as a pale
 * span over that month, not as a point on an invented day.
 */
final class Timeline {

    static final YearMonth FROM = YearMonth.of(1937, 5);
    static final YearMonth TO = YearMonth.of(1937, 8);
    private static final LocalDate ORIGIN = FROM.atDay(1);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Lanes top to bottom, each with the event types it holds; the last lane takes every other type. */
    static final List<Map.Entry<String, Set<String>>> LANES = List.of(
            Map.entry("start of a mass operation", Set.of("operation_start")),
            Map.entry("orders and decisions", Set.of("order", "decision", "telegram")),
            Map.entry("trials, verdicts, executions", Set.of("trial", "verdict", "execution")),
            Map.entry("arrests", Set.of("arrest")),
            Map.entry("other (meetings, speeches, reports, letters …)", Set.of()));

    private final PublishedData data;

    Timeline(PublishedData data) {
        this.data = data;
    }

    static int lane(String type) {
        for (int i = 0; i < LANES.size() - 1; i++) {
            if (LANES.get(i).getValue().contains(type)) {
                return i;
            }
        }
        return LANES.size() - 1;
    }

    static boolean inWindow(Ev e) {
        if (e.dateStart().length() < 7) {
            return false;
        }
        YearMonth m = YearMonth.parse(e.dateStart().substring(0, 7));
        return !m.isBefore(FROM) && !m.isAfter(TO);
    }

    private static double day(LocalDate d) {
        return ChronoUnit.DAYS.between(ORIGIN, d);
    }

    Figure figure() {
        List<Ev> events = data.events().stream().filter(Timeline::inWindow)
                .sorted(Comparator.comparing(Ev::dateStart).thenComparing(Ev::id)).toList();
        List<String> laneNames = LANES.stream().map(Map.Entry::getKey).toList();
        double end = day(TO.atEndOfMonth()) + 1;
        Layers layers = new Layers()
                .lines("date known only to the month (or part of it)", ChartStyle.translucent(ChartStyle.GREY, 70), 14f, true)
                .lines("lasting several days", ChartStyle.BLUE, 6f, true)
                .points("event on a known day", ChartStyle.VERMILION, SeriesMarkers.CIRCLE, true);
        int n = laneNames.size();
        Map<Integer, List<LocalDate>> labelDays = new java.util.TreeMap<>();
        int[] undated = new int[n];
        for (Ev e : events) {
            int lane = lane(e.type());
            double y = n - lane;
            if (e.precision().equals("day")) {
                LocalDate start = LocalDate.parse(e.dateStart());
                if (!e.dateEnd().isEmpty() && e.dateEnd().length() == 10) {
                    layers.segment("lasting several days", day(start), y, day(LocalDate.parse(e.dateEnd())) + 1, y);
                }
                layers.point("event on a known day", day(start) + 0.5, y);
                if (lane < n - 1) {
                    labelDays.computeIfAbsent(lane, k -> new ArrayList<>()).add(start);
                }
            } else {
                YearMonth m = YearMonth.parse(e.dateStart().substring(0, 7));
                YearMonth last = e.dateEnd().length() >= 7 ? YearMonth.parse(e.dateEnd().substring(0, 7)) : m;
                double dy = 0.12 * (undated[lane]++ % 3 - 1);
                layers.segment("date known only to the month (or part of it)", day(m.atDay(1)), y + dy,
                        day(last.atEndOfMonth()) + 1, y + dy);
            }
        }
        // Days close together share one label ("14, 15 May") so that labels never print over each other.
        for (Map.Entry<Integer, List<LocalDate>> lane : labelDays.entrySet()) {
            List<LocalDate> days = lane.getValue().stream().distinct().sorted().toList();
            List<LocalDate> cluster = new ArrayList<>();
            for (LocalDate d : days) {
                if (!cluster.isEmpty() && ChronoUnit.DAYS.between(cluster.get(cluster.size() - 1), d) > 9) {
                    labelCluster(layers, cluster, n - lane.getKey());
                    cluster = new ArrayList<>();
                }
                cluster.add(d);
            }
            labelCluster(layers, cluster, n - lane.getKey());
        }
        XYChart chart = ChartKit.rows("day of 1937", laneNames, end, layers,
                c -> c.setCustomXAxisTickLabelsFormatter(x -> Math.abs(x - Math.round(x)) < 1e-6
                        ? ORIGIN.plusDays(Math.round(x)).format(DAY) : ChartKit.invisible(x)));
        Optional<Ev> firstArrest = firstDated(events, "arrest");
        Optional<Ev> firstOperation = firstDated(events, "operation_start");
        String title = firstArrest.isPresent() && firstOperation.isPresent()
                ? ChronoUnit.DAYS.between(LocalDate.parse(firstArrest.get().dateStart()), LocalDate.parse(firstOperation.get().dateStart()))
                        + " days from the first dated arrest (" + LocalDate.parse(firstArrest.get().dateStart()).format(FULL)
                        + ") to the launch of the first mass operation (" + LocalDate.parse(firstOperation.get().dateStart()).format(FULL) + ")"
                : "May–August 1937, event by event";
        DataTable.Builder t = new DataTable.Builder("Date", "Date as printed", "Kind", "Lane", "Event", "Source");
        for (Ev e : events) {
            t.row(e.dateStart() + (e.dateEnd().isEmpty() ? "" : " – " + e.dateEnd()), e.asPrinted(), e.type().replace('_', ' '),
                    laneNames.get(lane(e.type())), e.description(), e.sourceId());
        }
        String caption = "Every dated event of May–August 1937 in the published events table, one lane per kind. "
                + "Red dots are events on a known day (labelled with the day in the upper lanes); blue lines, events "
                + "that lasted several days; grey spans, events the source dates only to a month. The table lists "
                + "each event in words.";
        List<Figure.Cited> cited = new ArrayList<>();
        for (Ev e : events) {
            cited.add(new Figure.Cited(e.id(), e.sourceId(), e.locator()));
        }
        return new Figure("timeline-1937", Topic.TIMELINE, title, caption, t.build(), cited, chart);
    }

    private static void labelCluster(Layers layers, List<LocalDate> days, double y) {
        if (days.isEmpty()) {
            return;
        }
        String text = days.size() == 1 ? days.get(0).format(DAY)
                : days.stream().map(d -> String.valueOf(d.getDayOfMonth()) + (d.getMonth() == days.get(days.size() - 1).getMonth() ? "" : " " + d.format(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH))))
                        .collect(java.util.stream.Collectors.joining(", ")) + " " + days.get(days.size() - 1).format(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH));
        layers.label(text, day(days.get(0)) + 0.5, y - 0.32, false);
    }

    private static Optional<Ev> firstDated(List<Ev> events, String type) {
        return events.stream().filter(e -> e.type().equals(type) && e.precision().equals("day")).findFirst();
    }
}
