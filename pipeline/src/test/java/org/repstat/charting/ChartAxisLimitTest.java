package org.repstat.charting;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * XChart's tick calculation never ends for an axis running to about 6.5·10^14 or more (a convictions cell of
 * 10^20 held the chart stage for over ten minutes). The importer refuses such figures; should one get through,
 * the chart refuses its axis at once instead of hanging.
 */
class ChartAxisLimitTest {

    private static List<ChartKit.RangeRow> row(String v) {
        BigDecimal n = new BigDecimal(v);
        return List.of(new ChartKit.RangeRow("a", "g", n, "exact", n, n),
                new ChartKit.RangeRow("b", "g", BigDecimal.valueOf(353074), "exact", BigDecimal.valueOf(353074), BigDecimal.valueOf(353074)));
    }

    @Test
    void theLargestFigureTheImporterAcceptsIsDrawn() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ChartWriter.png(new TitledChart(
                ChartKit.rangeChart("people", row("99999999999999"), Map.of()), "t")));
    }

    @Test
    void anAxisItCannotDrawIsRefusedAtOnce() {
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(IllegalArgumentException.class,
                () -> ChartKit.rangeChart("people", row("999999999999999"), Map.of())));
        assertTrue(e.getMessage().contains("cannot draw the end of the x axis of 'people'"), e.getMessage());
    }
}
