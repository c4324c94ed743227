package org.repstat.importing.gulag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.importing.VocabularyReader;

/** Each rule for the mess, on the real cell of the real file it was written for (line where the row begins, column). */
class GulagCampImportTest {

    static Workspace ws;
    static CampData data;
    static Map<String, String> cells;

    @BeforeAll
    static void importRealFile() {
        ws = TestWorkspace.repository();
        // The import's own test reads the raw file; every stage after the import reads the published tables.
        data = GulagCampImport.run(ws.raw().resolve(GulagCampImport.DIR).resolve(GulagCampImport.DATA_FILE), ws.datasets(),
                VocabularyReader.read(ws.datasets().resolve("vocab")));
        cells = GulagCampImport.cellsByLocation(ws);
    }

    static List<CampRows.Population> at(long line, int column) {
        return data.population().stream().filter(p -> p.line() == line && p.column() == column).toList();
    }

    static CampRows.Population only(long line, int column) {
        List<CampRows.Population> rows = at(line, column);
        assertEquals(1, rows.size(), "rows from " + line + ":" + column);
        return rows.get(0);
    }

    @Test
    void everyNonEmptyCellIsAccountedFor() {
        CellAccount a = data.account();
        assertEquals(493, a.rows());
        assertEquals(493L * 120, a.cells());
        assertEquals(47871, a.blank());
        assertEquals(11289, a.nonEmpty());
        assertEquals(9071, a.parsed());
        assertEquals(2217, a.text());
        assertEquals(1, a.rejected());
        assertTrue(a.balances());
        assertEquals(493, data.camps().size());
    }

    @Test
    void everyRuleExampleIsTheRealCellAndThatRuleReadsIt() {
        CellRules rules = GulagCampImport.rules(ws);
        for (CellRule r : rules.all()) {
            String raw = cells.get(r.exampleLine() + ":" + r.exampleColumn());
            String cell = CellRules.trimmed(raw);
            String example = r.example().endsWith("…") ? r.example().substring(0, r.example().length() - 1) : r.example();
            assertTrue(cell.startsWith(example), r.id() + ": cell at " + r.exampleLine() + ":" + r.exampleColumn() + " is '" + cell + "'");
            ColumnPlan.Column c = ColumnPlan.read(ws.raw().resolve("urbica-gulag-admin-2017/columns.csv")).columns().get(r.exampleColumn() - 1);
            assertEquals(r.id(), rules.match(c.kind(), c.spilled(), cell).orElseThrow().rule().id(), "rule for " + r.id() + "'s example");
        }
    }

    @Test
    void spaceThousandsSeparatorIsRemoved() {
        CampRows.Population p = only(12, 67); // Сибирский ИТЛ, people_1930: "24 284"
        assertEquals("24 284", p.asPrinted());
        assertEquals(1930, p.year());
        assertEquals(new BigDecimal("24284"), p.value().value());
        assertEquals("exact", p.value().qualifier());
        assertEquals("space_thousands", p.cellRule());
        CampRows.Population padded = only(12, 94); // " 36 565 " with spaces around it
        assertEquals(new BigDecimal("36565"), padded.value().value());
        assertEquals(" 36 565 ", padded.asPrinted());
    }

    @Test
    void upToIsAnUpperBoundNotAnExactCount() {
        CampRows.Population p = only(608, 84); // camp 442, people_1943: "до 4000"
        assertEquals(442, p.campId());
        assertEquals(1943, p.year());
        assertEquals("at_most", p.value().qualifier());
        assertEquals(new BigDecimal("4000"), p.value().upper());
        assertEquals(0, p.value().lower().signum());
        assertFalse(p.value().isExact());
    }

    @Test
    void plannedFigureIsAnotherMeasure() {
        CampRows.Population p = only(925, 95); // camp 88, people_1951: "1200 (плановая)"
        assertEquals("prisoners_planned", p.measure());
        assertEquals(new BigDecimal("1200"), p.value().value());
        assertEquals("prisoners_establishment", only(846, 92).measure()); // "5000 (штатная)"
        assertEquals("prisoners_annual_average", only(30, 69).measure()); // "21300 (среднегодовая численность)"
        assertEquals("prisoners_monthly_average", only(551, 83).measure()); // "1800 (средняя численность за январь)"
    }

    @Test
    void valueInUnnamedColumnBelongsToTheNamedColumnBeforeIt() {
        CampRows.Population p = only(619, 87); // camp 446, unnamed column after people_1945: "2000 (?)"
        assertEquals("people_1945", p.spilledFrom());
        assertEquals(1945, p.year());
        assertEquals("uncertain", p.value().qualifier());
        assertNull(p.value().lower());
        assertNull(p.value().upper());
        // The named people_1945 cell holds "2000" too: the spilled "(?)" qualifies it, so the doubted row is summed.
        assertTrue(p.inYearlySum());
        assertFalse(only(619, 86).inYearlySum());
    }

    @Test
    void severalNumbersInOneCellBecomeSeveralRowsKeptOutOfSums() {
        List<CampRows.Population> parts = at(202, 76); // camp 294, unnamed after people_1938: "42853 - 40916 - 40224"
        assertEquals(List.of(new BigDecimal("42853"), new BigDecimal("40916"), new BigDecimal("40224")),
                parts.stream().map(p -> p.value().value()).toList());
        assertEquals(List.of(1, 2, 3), parts.stream().map(CampRows.Population::part).toList());
        assertTrue(parts.stream().allMatch(p -> p.year() == 1938 && !p.inYearlySum()));
        CampRows.Population named = only(202, 75); // people_1938 of the same camp: "40916"
        assertTrue(named.inYearlySum());
    }

    @Test
    void closedCellGivesNoFigureNeverZero() {
        CampRows.Population p = only(410, 81); // camp 259, people_1942: "был закрыт"
        assertNull(p.value().value());
        assertEquals("not_given", p.value().qualifier());
        assertEquals("closed", p.cellRule());
        assertFalse(p.inYearlySum());
    }

    @Test
    void dateColumnHoldingACountIsRejectedWithItsReason() {
        CampRows.Reject r = data.rejects().get(0);
        assertEquals(1, data.rejects().size());
        assertEquals(652, r.line());
        assertEquals(59, r.column());
        assertEquals("21379", r.cell());
        assertEquals("date_count_like", r.rule());
    }

    @Test
    void spilledYearAndOddCoordinatesAreTypedAndFlagged() {
        Camp camp216 = data.camps().stream().filter(c -> c.id() == 216).findFirst().orElseThrow();
        assertEquals(1954, camp216.yearClosed2());
        assertEquals(List.of("year_closed_2 ← column 24"), camp216.spilled());
        CampRows.Location astrakhan = data.locations().stream().filter(l -> l.campId() == 33 && l.order() == 1).findFirst().orElseThrow();
        assertEquals(new BigDecimal("48.033574"), astrakhan.longitude());
        assertTrue(astrakhan.note().contains("47.106719"));
        CampRows.Location pair = data.locations().stream().filter(l -> l.line() == 741 && l.order() == 2).findFirst().orElseThrow();
        assertEquals(new BigDecimal("50.389197"), pair.latitude());
        assertEquals(new BigDecimal("106.100719"), pair.longitude());
    }
}
