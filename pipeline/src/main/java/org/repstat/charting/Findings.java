package org.repstat.charting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.repstat.io.Yaml;
import org.repstat.published.PublishedRow;
import org.repstat.topics.FigureSpec;

/**
 * The named finding functions a topic spec's title may call: a sentence about what the data show, computed from the
 * figure's rows (no figure is typed in a title), or the spec's fallback where the data do not support it. Weak
 * sources never make a headline.
 */
public final class Findings {

    /** Fields a label template may name beside the columns of its table: labels computed from the row. */
    public static final Set<String> DISPLAY_FIELDS = Set.of("source", "period", "scope", "measure", "geography", "reliability");

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    interface Finding {
        Optional<String> of(Args args, List<PublishedRow> rows, ChartData data);
    }

    private static final Map<String, Finding> FINDINGS = Map.ofEntries(
            Map.entry("share_in_years", Findings::shareInYears),
            Map.entry("paired_share", Findings::pairedShare),
            Map.entry("rounded_figures_hold", Findings::roundedFiguresHold),
            Map.entry("share_range", Findings::shareRange),
            Map.entry("largest_limit", Findings::largestLimit),
            Map.entry("planned_and_counted", Findings::plannedAndCounted),
            Map.entry("days_between", Findings::daysBetween),
            Map.entry("growth", Findings::growth),
            Map.entry("camps_summed", CampFindings::campsSummed),
            Map.entry("largest_camp", CampFindings::largestCamp),
            Map.entry("camps_east_of", CampFindings::campsEastOf),
            Map.entry("busiest_day", ListFindings::busiestDay),
            Map.entry("largest_shares", ListFindings::largestShares),
            Map.entry("flagged_share", ListFindings::flaggedShare));

    private Findings() {
    }

    /** "28 February 1938". */
    static String day(LocalDate d) {
        return d.format(FULL);
    }

    public static Set<String> names() {
        return FINDINGS.keySet();
    }

    /** The figure's title: its fixed words, or its finding, or the finding's fallback. */
    static String title(FigureSpec spec, List<PublishedRow> rows, ChartData data) {
        FigureSpec.Title t = spec.title();
        if (!t.computed()) {
            return t.text() == null ? spec.id() : t.text();
        }
        return FINDINGS.get(t.finding()).of(new Args(t.args(), spec), rows, data)
                .orElse(t.fallback() != null ? t.fallback() : spec.id());
    }

    /** A finding's arguments as the spec gives them. */
    record Args(Map<String, Yaml.Node> args, FigureSpec spec) {
        String text(String key) {
            Yaml.Node n = args.get(key);
            if (n == null) {
                throw spec.node().error("the finding " + spec.title().finding() + " needs the argument '" + key + "'");
            }
            return n.text();
        }

        int year(String key) {
            try {
                return Integer.parseInt(text(key));
            } catch (NumberFormatException e) {
                throw args.get(key).error("expected a year, found '" + text(key) + "'");
            }
        }
    }

    private static boolean weak(PublishedRow r, String column, ChartData data) {
        if (r.has(column + "_reliability")) {
            return r.text(column + "_reliability").equals("weak");
        }
        return RangesChart.weak(r, data);
    }

    private static String words(PublishedRow r) {
        return Cells.figure(r, "value");
    }

    /** "Two years, 1937 and 1938, account for 83% of the death sentences of 1921–1953". */
    static Optional<String> shareInYears(Args a, List<PublishedRow> rows, ChartData data) {
        String column = a.text("column");
        int from = a.year("from");
        int to = a.year("to");
        double part = 0;
        double all = 0;
        double partRead = 0;
        double allRead = 0;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (PublishedRow r : rows) {
            BigDecimal v = r.number(column);
            int year = Integer.parseInt(r.text("period_start").substring(0, 4));
            first = Math.min(first, year);
            last = Math.max(last, year);
            if (v == null) {
                continue;
            }
            BigDecimal read = r.number(column + "_probable_reading");
            double reading = read == null ? v.doubleValue() : read.doubleValue();
            all += v.doubleValue();
            allRead += reading;
            if (year >= from && year <= to) {
                part += v.doubleValue();
                partRead += reading;
            }
        }
        if (all == 0) {
            return Optional.empty();
        }
        String years = to == from + 1 ? "Two years, " + from + " and " + to + "," : "The years " + from + "–" + to;
        String printed = Cells.percent(part / all);
        String corrected = Cells.percent(partRead / allRead);
        return Optional.of(years + " account for " + printed + " of the " + data.measure(column) + " of " + first + "–" + last
                + (printed.equals(corrected) ? "" : " (" + corrected + " if the probable misprints are read as the table's totals suggest)"));
    }

    /** "Of approximately 1,150,000 people sentenced in the mass operations, 683,000 were shot: about 6 in 10 (Whitewood 2015)". */
    static Optional<String> pairedShare(Args a, List<PublishedRow> rows, ChartData data) {
        String scope = a.text("scope");
        Map<String, PublishedRow> sentenced = new TreeMap<>();
        Map<String, PublishedRow> executed = new TreeMap<>();
        for (PublishedRow r : rows) {
            if (r.text("scope").equals(scope) && r.number("value") != null && !weak(r, "value", data)) {
                if (r.text("measure").equals("sentenced")) {
                    sentenced.putIfAbsent(r.text("source_id"), r);
                } else if (r.text("measure").equals("executed")) {
                    executed.putIfAbsent(r.text("source_id"), r);
                }
            }
        }
        return sentenced.keySet().stream().filter(executed::containsKey)
                .min(Comparator.comparingInt((String id) -> ReconciliationCharts.GRADES.indexOf(data.reliability(id))).thenComparing(id -> id))
                .map(id -> {
                    PublishedRow s = sentenced.get(id);
                    PublishedRow e = executed.get(id);
                    long tenths = Math.round(10 * e.number("value").doubleValue() / s.number("value").doubleValue());
                    return "Of " + words(s) + " people sentenced in " + data.scope(scope) + ", " + words(e)
                            + " were shot: about " + tenths + " in 10 (" + data.sourceLabel(id) + ")";
                });
    }

    /** "The rounded figures hold: approximately 35,000 discharged (archive: 35,020), …". */
    static Optional<String> roundedFiguresHold(Args a, List<PublishedRow> rows, ChartData data) {
        List<String> matches = new ArrayList<>();
        List<String> measures = a.spec().option("order") == null ? List.of() : a.spec().option("order").texts();
        for (String m : measures) {
            rows.stream().filter(r -> r.text("measure").equals(m) && !r.text("qualifier").equals("exact") && r.number("value") != null)
                    .findFirst().ifPresent(q -> rows.stream()
                            .filter(r -> r.text("measure").equals(m) && r.text("qualifier").equals("exact") && !weak(r, "value", data)
                                    && q.number("lower") != null && r.number("value").compareTo(q.number("lower")) >= 0
                                    && (q.number("upper") == null || r.number("value").compareTo(q.number("upper")) <= 0))
                            .findFirst()
                            .ifPresent(x -> matches.add(words(q) + " " + data.measure(m) + " (archive: " + Cells.num(x.number("value")) + ")")));
        }
        return matches.isEmpty() ? Optional.empty() : Optional.of("The rounded figures hold: " + String.join(", ", matches));
    }

    /** "In every national operation most of those sentenced were shot: from 41% (Harbin operation) to 79% (Polish operation)". */
    static Optional<String> shareRange(Args a, List<PublishedRow> rows, ChartData data) {
        String part = a.text("part");
        String whole = a.text("whole");
        List<PublishedRow> pairs = rows.stream().filter(r -> r.number(part) != null && r.number(whole) != null
                && r.number(whole).signum() > 0).toList();
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        Comparator<PublishedRow> byShare = Comparator.comparingDouble(r -> r.number(part).doubleValue() / r.number(whole).doubleValue());
        PublishedRow low = pairs.stream().min(byShare).orElseThrow();
        PublishedRow high = pairs.stream().max(byShare).orElseThrow();
        double lowShare = low.number(part).doubleValue() / low.number(whole).doubleValue();
        double highShare = high.number(part).doubleValue() / high.number(whole).doubleValue();
        return Optional.of((lowShare > 0.5 ? "In every national operation drawn here most of those sentenced were shot: "
                : "Share of the sentenced who were shot: ") + "from " + Cells.percent(lowShare) + " (" + name(low, data) + ") to "
                + Cells.percent(highShare) + " (" + name(high, data) + ")");
    }

    private static String name(PublishedRow r, ChartData data) {
        String label = data.field("scope", r);
        return label.startsWith("the ") ? label.substring(4) : label;
    }

    /** "Order No. 00447 set quotas region by region: the largest here, Moscow oblast, 35,000; the whole order: 268,950". */
    static Optional<String> largestLimit(Args a, List<PublishedRow> rows, ChartData data) {
        String total = a.text("total");
        Optional<PublishedRow> biggest = rows.stream().filter(r -> r.number(total) != null)
                .max(Comparator.comparing((PublishedRow r) -> r.number(total)));
        if (biggest.isEmpty()) {
            return Optional.empty();
        }
        String whole = mostSupported(data, "limit_total").map(o -> "; the whole order: " + Cells.num(o.number("value"))
                + mostSupported(data, "limit_first_category").map(f -> ", " + Cells.num(f.number("value")) + " of them to be shot").orElse(""))
                .orElse("");
        return Optional.of("Order No. 00447 set quotas region by region: the largest drawn here, "
                + data.field("geography", biggest.get()) + ", " + Cells.num(biggest.get().number(total)) + whole);
    }

    /** The whole-order figure that most publications give (ties: the more reliable, then the smaller). */
    static Optional<PublishedRow> mostSupported(ChartData data, String measure) {
        List<PublishedRow> all = data.table("observations").stream()
                .filter(o -> o.text("scope").equals("order_00447") && o.text("geography").equals("ussr")
                        && o.text("measure").equals(measure) && o.number("value") != null && o.text("role").equals("value")
                        && !RangesChart.weak(o, data)).toList();
        Map<BigDecimal, List<PublishedRow>> byValue = all.stream().collect(Collectors.groupingBy(o -> o.number("value").stripTrailingZeros(), TreeMap::new, Collectors.toList()));
        return byValue.values().stream().max(Comparator.comparingInt((List<PublishedRow> l) -> l.size())
                        .thenComparing(l -> -l.stream().mapToInt(o -> ReconciliationCharts.GRADES.indexOf(data.reliability(o.text("source_id")))).min().orElse(9))
                        .thenComparing(l -> l.get(0).number("value").negate()))
                .map(l -> l.get(0));
    }

    /** "Planned in July 1937: 75,950 to be shot. Counted afterwards: 386,798–390,000 shot, by source". */
    static Optional<String> plannedAndCounted(Args a, List<PublishedRow> rows, ChartData data) {
        List<PublishedRow> shot = rows.stream().filter(r -> r.text("measure").equals("executed") && !weak(r, "value", data)).toList();
        Optional<PublishedRow> limit = mostSupported(data, "limit_first_category");
        if (shot.isEmpty() || limit.isEmpty()) {
            return Optional.empty();
        }
        double lo = shot.stream().mapToDouble(r -> (r.number("lower") != null ? r.number("lower") : r.number("value")).doubleValue()).min().orElse(0);
        double hi = shot.stream().mapToDouble(r -> (r.number("upper") != null ? r.number("upper") : r.number("value")).doubleValue()).max().orElse(0);
        return Optional.of("Planned in July 1937: " + Cells.num(limit.get().number("value")) + " to be shot. Counted afterwards: "
                + Cells.num(BigDecimal.valueOf(lo)) + "–" + Cells.num(BigDecimal.valueOf(hi)) + " shot, by source");
    }

    /** "84 days from the first dated arrest (14 May 1937) to the first start of a mass operation (5 August 1937)". */
    static Optional<String> daysBetween(Args a, List<PublishedRow> rows, ChartData data) {
        Optional<PublishedRow> first = firstDated(rows, a.text("first"));
        Optional<PublishedRow> then = firstDated(rows, a.text("then"));
        if (first.isEmpty() || then.isEmpty()) {
            return Optional.empty();
        }
        LocalDate d1 = LocalDate.parse(first.get().text("date_start"));
        LocalDate d2 = LocalDate.parse(then.get().text("date_start"));
        return Optional.of(ChronoUnit.DAYS.between(d1, d2) + " days from the first dated " + data.label("event_types", a.text("first"))
                + " (" + d1.format(FULL) + ") to the first " + data.label("event_types", a.text("then")) + " (" + d2.format(FULL) + ")");
    }

    private static Optional<PublishedRow> firstDated(List<PublishedRow> rows, String type) {
        return rows.stream().filter(e -> e.text("event_type").equals(type) && e.text("date_precision").equals("day")).findFirst();
    }

    /** "The camps held 179,000 prisoners in 1930 and 510,307 in 1934: 2.9 times as many". */
    static Optional<String> growth(Args a, List<PublishedRow> rows, ChartData data) {
        String column = a.text("column");
        List<PublishedRow> good = rows.stream().filter(r -> r.number(column) != null && !weak(r, column, data)).toList();
        if (good.size() < 2) {
            return Optional.empty();
        }
        PublishedRow x = good.get(0);
        PublishedRow y = good.get(good.size() - 1);
        BigDecimal ratio = new BigDecimal(y.number(column).doubleValue() / x.number(column).doubleValue()).round(new MathContext(2));
        return Optional.of("The camps held " + Cells.num(x.number(column)) + " prisoners in " + x.text("period_start").substring(0, 4)
                + " and " + Cells.num(y.number(column)) + " in " + y.text("period_start").substring(0, 4) + ": "
                + ratio.toPlainString() + " times as many");
    }
}
