package org.repstat.querying;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repstat.published.CoreTables;
import org.repstat.published.PublishedRow;
import org.repstat.published.PublishedRows;
import org.repstat.published.TableSpec;
import org.repstat.topics.AnswerSpec;
import org.repstat.topics.TopicSpec;

/** One observation's dossier: the value and its bounds with their rule, provenance, checks, disagreements, uses. */
final class ObservationDossier {

    /** How the check stage words a failure the register covers (CheckRunner.applyRegister). */
    private static final Pattern REGISTERED = Pattern.compile(" — registered disagreement (\\S+) \\(([^)]*)\\): (.*)$", Pattern.DOTALL);

    private final Dossier d;

    ObservationDossier(Dossier d) {
        this.d = d;
    }

    void fill(ObjectNode n, PublishedRow o) {
        TableSpec spec = o.spec();
        Dossier.put(n, "value", o.text("value"), spec);
        Dossier.put(n, "unit", o.text("unit"));
        Dossier.put(n, "as_printed", o.text("as_printed"));
        n.set("qualifier", term(CoreTables.QUALIFIERS.name(), "id", o.text("qualifier"), List.of("definition", "rationale")));
        ObjectNode bounds = n.putObject("bounds");
        Dossier.put(bounds, "lower", o.text("lower"), spec);
        Dossier.put(bounds, "upper", o.text("upper"), spec);
        Dossier.put(bounds, "rule", o.text("bounds_rule"));
        String rule = Dossier.precisionRule(o.text("bounds_rule"));
        if (rule != null) {
            bounds.set("precision_rule", term(CoreTables.PRECISION.name(), "rule_id", rule, List.of("definition", "rationale")));
        }
        n.set("measure", term("measures", "id", o.text("measure"), List.of("label")));
        n.set("scope", term("scopes", "id", o.text("scope"), List.of("label")));
        n.set("geography", term("geographies", "id", o.text("geography"), List.of("label")));
        Dossier.put(n, "period", ObservationQuery.period(o.text("period_start"), o.text("period_end")));
        Dossier.put(n, "role", o.text("role"));
        Dossier.put(n, "dataset", o.text("dataset"));
        n.set("source", d.source(o.text("source_id")));
        Dossier.put(n, "locator", o.text("locator"));
        Dossier.put(n, "quote", o.text("quote"));
        d.cited(n, o);
        Dossier.put(n, "note", o.text("note"));
        if (!o.text("second_reading").isEmpty()) {
            ObjectNode s = n.putObject("second_reading");
            s.put("outcome", o.text("second_reading"));
            Dossier.put(s, "copy", o.text("second_reading_copy"));
        }
        String id = o.text("observation_id");
        ArrayNode checks = d.checks(id);
        n.set("checks", checks);
        n.set("disagreements", disagreements(checks));
        n.set("reconciliation", reconciliation(id));
        n.set("probable_misprints", misprints(id));
        n.set("answer_tables", answerCells(id));
        n.set("figures", d.figures(CoreTables.OBSERVATIONS.name(), o, Set.of(id)));
    }

    /** A vocabulary term or rule: its id and the columns that say what it means. */
    private ObjectNode term(String table, String key, String id, List<String> columns) {
        ObjectNode t = TableFormats.JSON.createObjectNode();
        t.put("id", id);
        if (d.reader.knows(table)) {
            d.reader.read(table).stream().filter(r -> r.text(key).equals(id)).findFirst()
                    .ifPresent(r -> columns.forEach(c -> Dossier.put(t, c, r.text(c))));
        }
        return t;
    }

    /** The checks that found it in disagreement, with the register's entry and reason where one covers it. */
    private ArrayNode disagreements(ArrayNode checks) {
        ArrayNode out = TableFormats.JSON.createArrayNode();
        for (JsonNode c : checks) {
            String status = c.path("status").asText();
            if (status.equals("pass")) {
                continue;
            }
            ObjectNode n = out.addObject();
            n.put("check_id", c.path("check_id").asText());
            n.put("status", status);
            n.put("subject", c.path("subject").asText());
            if (c.has("difference")) {
                n.set("difference", c.get("difference"));
            }
            Matcher m = REGISTERED.matcher(c.path("message").asText());
            if (m.find()) {
                n.put("registered_as", m.group(1));
                n.put("reason", m.group(2));
                n.put("explanation", m.group(3));
            } else {
                n.put("registered_as", "");
            }
        }
        return out;
    }

    /** Each concept it is compared on, with the median of all sources and every source's figure beside it. */
    private ArrayNode reconciliation(String id) {
        ArrayNode out = TableFormats.JSON.createArrayNode();
        PublishedRows rows = d.reader.readIfPublished(CoreTables.RECONCILIATION.name());
        for (PublishedRow r : rows) {
            if (!r.text("observation_id").equals(id)) {
                continue;
            }
            ObjectNode n = out.addObject();
            n.put("concept", r.text("concept_label"));
            Dossier.put(n, "median_of_sources", r.text("median_of_sources"), r.spec());
            Dossier.put(n, "difference_from_median", r.text("difference_from_median"), r.spec());
            Dossier.put(n, "relative_difference_from_median", r.text("relative_difference_from_median"), r.spec());
            ArrayNode others = n.putArray("sources");
            for (PublishedRow o : rows) {
                if (o.text("concept").equals(r.text("concept"))) {
                    ObjectNode s = others.addObject();
                    s.put("observation_id", o.text("observation_id"));
                    s.put("source", d.label(o.text("source_id")));
                    Dossier.put(s, "value", o.text("value"), o.spec());
                    s.put("qualifier", o.text("qualifier"));
                }
            }
        }
        return out;
    }

    private ArrayNode misprints(String id) {
        ArrayNode out = TableFormats.JSON.createArrayNode();
        for (PublishedRow r : d.reader.readIfPublished(CoreTables.PROBABLE_MISPRINTS.name())) {
            if (r.text("observation_id").equals(id)) {
                ObjectNode n = out.addObject();
                Dossier.put(n, "reading", r.text("reading"), r.spec());
                n.put("edit", r.text("edit"));
                n.put("evidence", r.text("evidence"));
            }
        }
        return out;
    }

    /** Every answer-table cell whose figure is this observation (the preferred one, or a part of a computed sum). */
    private ArrayNode answerCells(String id) {
        ArrayNode out = TableFormats.JSON.createArrayNode();
        for (TopicSpec t : d.topics) {
            for (AnswerSpec a : t.answers()) {
                if (!d.reader.knows(a.id())) {
                    continue;
                }
                for (PublishedRow r : d.reader.readIfPublished(a.id())) {
                    for (var cell : r.cells().entrySet()) {
                        String column = cell.getKey();
                        if ((column.equals("observation_id") || column.endsWith("_observation_id"))
                                && List.of(cell.getValue().split(" \\+ ")).contains(id)) {
                            ObjectNode n = out.addObject();
                            n.put("table", a.id());
                            n.put("topic", t.id());
                            n.put("row", Dossier.key(r));
                            n.put("column", column.equals("observation_id") ? "(the whole row)" : column.replace("_observation_id", ""));
                            if (cell.getValue().contains(" + ")) {
                                n.put("as", "a part of the sum " + cell.getValue());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
