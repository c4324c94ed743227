package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repstat.CliRun;

/** {@code repstat show} on the real published tables: one figure of the article and everything behind it. */
class ShowCommandTest {

    static JsonNode show(String id) throws Exception {
        CliRun.Result r = CliRun.run("show", id, "--json");
        assertEquals(0, r.exitCode(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void theArticles683000ExecutionsWithTheirRuleSourceChecksDisagreementsAndUses() throws Exception {
        JsonNode d = show("whitewood-2015:mass-ops-executed");
        assertEquals("observation", d.get("kind").asText());
        assertEquals(683000, d.get("value").asLong());
        assertEquals("683,000", d.get("as_printed").asText());
        assertEquals("round_figure", d.get("qualifier").get("id").asText());
        assertEquals(682500, d.get("bounds").get("lower").asLong());
        assertEquals(683499, d.get("bounds").get("upper").asLong());
        assertTrue(d.get("bounds").get("rule").asText().startsWith("round_figure (printed-precision rule round_figure)"), d.toString());
        assertEquals("round_figure", d.get("bounds").get("precision_rule").get("id").asText());
        assertEquals("Whitewood 2015", d.get("source").get("label").asText());
        assertEquals("scholarly", d.get("source").get("reliability").asText());
        assertEquals("footnote=1; line=17", d.get("locator").asText());
        assertTrue(d.get("quote").asText().contains("683,000 executions"), d.get("quote").asText());
        assertEquals("Hagenloh 2009", d.get("cited").get("label").asText());

        List<String> checks = values(d.get("checks"), "check_id");
        assertTrue(checks.contains("article-executions-vs-certificate") && checks.contains("executed-not-above-sentenced"), checks.toString());
        JsonNode certificate = d.get("disagreements").get(values(d.get("disagreements"), "check_id").indexOf("article-executions-vs-certificate"));
        assertEquals("warn", certificate.get("status").asText());
        assertEquals("article-683000-vs-certificate", certificate.get("registered_as").asText());
        assertEquals(1308, certificate.get("difference").asLong());

        assertTrue(values(d.get("answer_tables"), "table").contains("mass_operations_summary"), d.get("answer_tables").toString());
        JsonNode summary = d.get("answer_tables").get(values(d.get("answer_tables"), "table").indexOf("mass_operations_summary"));
        assertEquals("executed", summary.get("column").asText());
        assertEquals("scope=mass_operations", summary.get("row").asText());
        assertTrue(values(d.get("figures"), "figure").contains("mass-operations"), d.get("figures").toString());

        CliRun.Result text = CliRun.run("show", "whitewood-2015:mass-ops-executed");
        assertTrue(text.out().startsWith("observation whitewood-2015:mass-ops-executed\n  value: 683,000\n"), text.out());
        assertTrue(text.out().contains("\n    lower: 682,500\n    upper: 683,499\n"), text.out());
    }

    @Test
    void aSourceACheckACampAndAnEvent() throws Exception {
        JsonNode lewin = show("lewin-2005-appendix-fb2");
        assertEquals("source", lewin.get("kind").asText());
        assertEquals(170, lewin.get("observations").get("rows").asInt());
        assertEquals("lewin-2005-appendix", lewin.get("source").get("copy_of").asText());
        assertTrue(lewin.get("preferred_in_answer_tables").has("convictions_1921_1953"), lewin.toString());

        JsonNode check = show("convictions-rows-sum");
        assertEquals("error", check.get("severity").asText());
        assertEquals(10, check.get("outcomes").get("warn").asInt());
        assertEquals("warn", check.get("results").get(0).get("status").asText(), "what is not a pass comes first");

        JsonNode camp = show("camp:1");
        assertEquals("Вишерский ИТЛ", camp.get("name").asText());
        assertEquals(39000, camp.get("max_people").asLong());
        assertEquals(7363, camp.get("population").get(0).get("value").asLong());

        JsonNode event = show("whitewood-2015:red-army-formation");
        assertEquals("early 1918", event.get("date_as_printed").asText());
        assertTrue(values(event.get("figures"), "figure").contains("timeline-1937"), event.toString());
    }

    @Test
    void anUnknownIdNamesTheIdsThatContainIt() {
        CliRun.Result r = CliRun.run("show", "mass-ops-exec");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith("repstat: no observation, event, source, check or camp with id 'mass-ops-exec' (ids containing it: "
                + "whitewood-2015:mass-ops-executed)\n"), r.err());
    }
}
