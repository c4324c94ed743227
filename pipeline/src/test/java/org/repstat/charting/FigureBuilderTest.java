package org.repstat.charting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYSeries;
import org.repstat.TestWorkspace;
import org.repstat.pipeline.Charts;
import org.repstat.pipeline.PipelineRun;
import org.repstat.topics.SpecLanguage;
import org.repstat.topics.TopicSpec;

/**
 * The figures as the topic specs declare them, built from the repository's published tables by the generic chart
 * kinds: real figures, real qualifiers, real titles computed from the rows.
 */
class FigureBuilderTest {

    static PipelineRun run;
    static List<Figure> figures;

    @BeforeAll
    static void build() {
        run = new PipelineRun(TestWorkspace.repository());
        figures = Charts.figures(run.context());
    }

    static Figure figure(String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no figure " + id));
    }

    static List<String> row(Figure f, String... cells) {
        return f.table().rows().stream().filter(r -> r.containsAll(List.of(cells))).findFirst()
                .orElseThrow(() -> new AssertionError(f.id() + " has no row with " + Arrays.toString(cells)));
    }

    @Test
    void everyChartKindOfTheSpecLanguageHasABuilderAndEveryDeclaredFigureIsBuilt() {
        assertEquals(SpecLanguage.CHART_KINDS.keySet(), FigureBuilder.kinds());
        Set<String> declared = run.context().topics().stream().flatMap(t -> t.figures().stream()).map(f -> f.id()).collect(Collectors.toSet());
        Set<String> built = figures.stream().map(Figure::spec).collect(Collectors.toSet());
        assertEquals(declared, built);
    }

    @Test
    void massOperationsShowWhitewoodsFiguresWithTheirQualifiers() {
        Figure f = figure("mass-operations");
        List<String> sentenced = row(f, "Whitewood 2015", "1,150,000");
        assertTrue(sentenced.containsAll(List.of("approximately", "1,092,500", "1,207,500")), sentenced.toString());
        // 683,000 is printed rounded to the thousand: its bounds are those of the rounding (precision.csv)
        assertTrue(row(f, "Whitewood 2015", "683,000").containsAll(List.of("round_figure", "682,500", "683,499")));
        assertEquals("Of approximately 1,150,000 people sentenced in the mass operations, 683,000 were shot: about 6 in 10 (Whitewood 2015)",
                f.title());
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
        assertEquals("1953 (January–June 1953 only)", f.table().rows().get(32).get(0));
        assertEquals(List.of("1937", "790,665", "353,074", "45%"), f.table().rows().get(16).subList(0, 4));
        assertTrue(f.title().startsWith("Two years, 1937 and 1938, account for 83% of the death sentences of 1921–1953"), f.title());
    }

    @Test
    void weakSourcesAreListedButNeverDrawn() {
        Figure f = figure("national-operations");
        // the Harbin and Latvian figures come from a forum copy of Wikipedia only
        assertTrue(row(f, "no (weak sources only)").get(0).contains("Harbin"), f.table().rows().toString());
        List<String> labels = ((org.knowm.xchart.XYChart) f.chart()).getSeriesCollection().stream().map(s -> s.getName()).toList();
        assertFalse(labels.isEmpty());
        assertTrue(f.title().contains("Polish operation"), f.title());
    }

    @Test
    void aReaderSeesCitationLabelsNeverRegisterIds() {
        Set<String> ids = run.context().reader().read("sources").stream().map(r -> r.text("source_id")).collect(Collectors.toSet());
        for (Figure f : figures) {
            for (List<String> row : f.table().rows()) {
                for (String cell : row) {
                    assertFalse(ids.contains(cell), f.id() + " shows the id " + cell);
                }
            }
            for (String id : ids) {
                assertFalse(f.title().contains(id), f.id() + " title names " + id);
            }
        }
    }

    @Test
    void numbersReadTheSameUnderAGermanLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            List<Figure> again = Charts.figures(new PipelineRun(TestWorkspace.repository()).context());
            Figure f = again.stream().filter(g -> g.id().equals("mass-operations")).findFirst().orElseThrow();
            assertTrue(row(f, "Whitewood 2015", "1,150,000").contains("1,207,500"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void chartsAreByteIdenticalAcrossBuilds() {
        Figure a = figure("red-army-purge");
        Figure b = Charts.figures(new PipelineRun(TestWorkspace.repository()).context()).stream()
                .filter(f -> f.id().equals("red-army-purge")).findFirst().orElseThrow();
        Map<String, byte[]> x = ChartWriter.render(List.of(a));
        Map<String, byte[]> y = ChartWriter.render(List.of(b));
        assertArrayEquals(x.get("red-army-purge.png"), y.get("red-army-purge.png"));
        assertArrayEquals(x.get("red-army-purge.svg"), y.get("red-army-purge.svg"));
    }

    @Test
    void everyTopicWithFiguresHasAPage() {
        for (TopicSpec t : run.context().topics()) {
            if (!t.figures().isEmpty()) {
                assertTrue(figures.stream().anyMatch(f -> f.topic().equals(t.id())), t.id());
            }
        }
    }

    private static XYSeries series(Figure f, String name) {
        return ((org.knowm.xchart.XYChart) f.chart()).getSeriesCollection().stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(f.id() + " has no series '" + name + "'"));
    }

    @Test
    void theDailyChartOfTheMoscowListNamesItsBusiestDayFromTheData() {
        Figure f = figure("moscow-executions-by-day");
        assertEquals("28 February 1938 was the busiest day: 258 people of the list shot. Of the 9,987 in 1937–1938, 96% fell in "
                + "the months of the mass operations (August 1937 – November 1938)", f.title());
        assertEquals(24, f.table().rows().size(), "one row per month of the window");
        assertEquals(List.of("February 1938", "956", "13", "28 February 1938 (258)", "yes"), row(f, "February 1938"));
        assertEquals(List.of("January 1937", "12", "1", "10 January 1937 (12)", ""), row(f, "January 1937"));
        // one thin bar per day with a count: 232 days of 1937–38 in the list, each drawn as one segment
        XYSeries bars = series(f, "people of the list shot that day");
        long segments = Arrays.stream(bars.getXData()).filter(x -> !Double.isNaN(x)).count() / 2;
        assertEquals(232, segments);
        assertTrue(f.caption().contains("Days without a bar have no count"), f.caption());
        assertEquals(List.of("memorial-moscow-executions-nextgis"), f.cited().stream().map(Figure.Cited::sourceId).distinct().toList());
    }

    @Test
    void theBurialPlacesAndNationalitiesOfTheMoscowListStateTheirShares() {
        assertEquals("Two burial places hold 74% of the 11,789 people of the list: Бутово, 5,048 (43%), and Коммунарка, 3,675 (31%)",
                figure("moscow-burial-places").title());
        Figure n = figure("moscow-nationalities-1937-1938");
        assertTrue(n.title().matches("\\d+% of the 9,937 people of the list shot in 1937–38 whose nationality it gives were of a "
                + "nationality a national operation targeted; most of them Latvian \\(1,159\\), Polish \\(960\\), German \\(426\\)"), n.title());
    }
}
