package org.repstat.charting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYSeries;
import org.repstat.TestWorkspace;

/** The figures as they come out of the real published tables. */
class TopicFiguresTest {

    static PublishedData data() {
        return PublishedData.read(TestWorkspace.repository().clean());
    }

    private static List<Figure> built;

    /** Built once for the class: laying out the labels paints every chart, which costs a few seconds. */
    static synchronized Figure figure(String id) {
        if (built == null) {
            built = new TopicFigures(data()).all();
        }
        return built.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    static List<String> row(Figure f, String observationOrSource, String value) {
        return f.table().rows().stream().filter(r -> r.contains(observationOrSource) && r.contains(value))
                .findFirst().orElseThrow(() -> new AssertionError(f.id() + " has no row with " + observationOrSource + " and " + value));
    }

    @Test
    void massOperationsShowWhitewoodsFiguresWithTheirQualifiers() {
        Figure f = figure("mass-operations");
        List<String> sentenced = row(f, "whitewood-2015", "1,150,000");
        assertTrue(sentenced.containsAll(List.of("approximately", "1,092,500", "1,207,500")), sentenced.toString());
        assertTrue(row(f, "whitewood-2015", "683,000").containsAll(List.of("round_figure", "682,500", "683,499")));
        assertTrue(f.title().contains("approximately 1,150,000") && f.title().contains("683,000"), f.title());
    }

    @Test
    void redArmyDrawsOneSidedQualifiersAsRangesNotBars() {
        Figure f = figure("red-army-purge");
        double[] below = series(f, "true count is lower").getXData();
        double[] above = series(f, "true count is higher").getXData();
        // "nearly 10,000 arrested": bounds 9,000–9,999, the arrow at the lower end; "over 11,000": 11,001–12,100.
        assertTrue(Arrays.stream(below).anyMatch(x -> x == 9000), Arrays.toString(below));
        assertTrue(Arrays.stream(above).anyMatch(x -> x == 12100), Arrays.toString(above));
        double[] arrestedBars = series(f, "arrested").getXData();
        assertFalse(Arrays.stream(arrestedBars).anyMatch(x -> x == 10000), "nearly 10,000 must not be an exact bar");
        assertTrue(Arrays.stream(arrestedBars).anyMatch(x -> x == 9506), "the archival count 9,506 is a bar");
        assertTrue(f.title().contains("nearly 10,000 arrested (archive: 9,506)"), f.title());
    }

    @Test
    void convictionsCoverEveryYearOnceAndLabelTheHalfYear() {
        Figure f = figure("convictions-by-year");
        assertEquals(33, f.table().rows().size());
        assertEquals("1953 (January–June only)", f.table().rows().get(32).get(0));
        assertEquals(List.of("1937", "790,665", "353,074", "45%"), f.table().rows().get(16));
        assertEquals("not given (–)", f.table().rows().get(27).get(2));
        assertTrue(f.title().startsWith("Two years, 1937 and 1938, account for 83% of the death sentences"), f.title());
    }

    @Test
    void numbersReadTheSameUnderAGermanLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertTrue(row(figure("mass-operations"), "whitewood-2015", "1,150,000").contains("1,207,500"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void chartsAreByteIdenticalAcrossBuilds() {
        TopicFigures twice = new TopicFigures(data());
        Figure a = twice.redArmy();
        Figure b = new TopicFigures(data()).redArmy();
        assertArrayEquals(TopicCharts.png(new TitledChart(a.chart(), a.title())), TopicCharts.png(new TitledChart(b.chart(), b.title())));
        assertArrayEquals(TopicCharts.svg(new TitledChart(a.chart(), a.title())), TopicCharts.svg(new TitledChart(b.chart(), b.title())));
    }

    private static XYSeries series(Figure f, String name) {
        return ((org.knowm.xchart.XYChart) f.chart()).getSeriesCollection().stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(f.id() + " has no series '" + name + "'"));
    }
}
