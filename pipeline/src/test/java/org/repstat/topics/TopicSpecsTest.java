package org.repstat.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.cli.ExitCodes;

/**
 * The topic specs of the repository as the import reads them, and what happens when a spec names something that
 * does not exist: the import stops at the spec's line and column (exit 2) and nothing is published.
 */
class TopicSpecsTest {

    @Test
    void theRepositorysTopicsReadInTheirDeclaredOrder() {
        List<TopicSpec> topics = TopicReader.read(TestWorkspace.repository().datasets().resolve("topics"));
        assertEquals(List.of("index", "convictions", "mass_operations", "red_army", "national_operations", "order_00447",
                "timeline", "reconciliation", "gulag", "victims_records", "method"), topics.stream().map(TopicSpec::id).toList());
        TopicSpec order = topics.stream().filter(t -> t.id().equals("order_00447")).findFirst().orElseThrow();
        assertEquals("order-00447.html", order.page());
        assertEquals(List.of("order_00447_limits_by_region"), order.answers().stream().map(AnswerSpec::id).toList());
        assertEquals(Set.of("rows", "ranges"), order.figures().stream().map(FigureSpec::kind).collect(Collectors.toSet()));
        AnswerSpec limits = order.answers().get(0);
        assertEquals(List.of("first_category", "second_category", "total"), limits.columns().stream().map(AnswerSpec.Column::id).toList());
        assertEquals(List.of("first_category", "second_category"), limits.columns().get(2).sumOf());
        assertTrue(limits.coherent());
    }

    /** Runs {@code import} on a copy whose spec has one word changed; returns what the analyst sees. */
    static CliRun.Result importWith(Path tmp, String file, String from, String to) {
        Workspace ws = TestWorkspace.copyOfDatasets(tmp);
        TestWorkspace.replaceInFile(ws.datasets().resolve("topics").resolve(file), from, to);
        Map<String, String> before = TestWorkspace.digests(ws.clean());
        CliRun.Result r = CliRun.run("import", "--home", ws.home().toString());
        assertEquals(before, TestWorkspace.digests(ws.clean()), "a rejected spec must leave datasets/clean as it was");
        return r;
    }

    @Test
    void anUnknownMeasureInASelectorIsRefusedAtItsPlace(@TempDir Path tmp) {
        CliRun.Result r = importWith(tmp, "mass_operations.yaml", "select: measure=sentenced|death_sentences|executed",
                "select: measure=sentenced|death_sentence|executed");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("mass_operations.yaml:") && r.err().contains("expected a measure of the vocabulary, found 'death_sentence'"), r.err());
        assertTrue(r.err().matches("(?s).*mass_operations\\.yaml:\\d+: column \\d+ \\(select\\).*"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void anUnknownChartKindIsRefusedAtItsPlace(@TempDir Path tmp) {
        CliRun.Result r = importWith(tmp, "timeline.yaml", "kind: timeline", "kind: gantt");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("timeline.yaml:12: column 11 (kind): expected a chart kind, one of [by_day, by_year, map, ranges, reconciliation, rows, timeline], found 'gantt'"), r.err());
    }

    @Test
    void anUnknownColumnInAFigureOptionIsRefused(@TempDir Path tmp) {
        CliRun.Result r = importWith(tmp, "order_00447.yaml", "sort_by: total\n    top: 15", "sort_by: totals\n    top: 15");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("(sort_by): expected a column of order_00447_limits_by_region, found 'totals'"), r.err());
    }

    @Test
    void aMisspeltKeyIsRefusedNotIgnored(@TempDir Path tmp) {
        CliRun.Result r = importWith(tmp, "convictions.yaml", "    caption: >-", "    captoin: >-");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("unknown key 'captoin'"), r.err());
    }

    @Test
    void anUnknownFindingIsRefused(@TempDir Path tmp) {
        CliRun.Result r = importWith(tmp, "national_operations.yaml", "finding: share_range", "finding: share_rnage");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("expected a finding function, one of ["), r.err());
    }

    @Test
    void brokenYamlIsRefusedWithItsLine(@TempDir Path tmp) {
        CliRun.Result r = importWith(tmp, "red_army.yaml", "order: 3\n", "order: [3\n");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("red_army.yaml:") && r.err().contains("not well-formed YAML"), r.err());
    }

    @Test
    void aCatalogueCheckOfAnUnknownTopicIsRefused(@TempDir Path tmp) {
        Workspace ws = TestWorkspace.copyOfDatasets(tmp);
        TestWorkspace.replaceInFile(ws.datasets().resolve("checks/catalogue.csv"), ",convictions,error,", ",convcitions,error,");
        CliRun.Result r = CliRun.run("check", "--home", ws.home().toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("catalogue.csv:") && r.err().contains("convcitions"), r.err());
    }
}
