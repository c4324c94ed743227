package org.repstat.querying;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.repstat.importing.gulag.CampTables;
import org.repstat.published.CoreTables;
import org.repstat.published.PublishedRow;
import org.repstat.topics.AnswerSpec;
import org.repstat.topics.TopicSpec;

/** The dossiers of a source, a check and a camp: what each is, and the published rows that hang on it. */
final class SourceDossier {

    private final Dossier d;

    SourceDossier(Dossier d) {
        this.d = d;
    }

    /** A register entry: how to cite it, what we read in it, its copies, how the checks and answer tables use it. */
    void fill(ObjectNode n, PublishedRow s) {
        String id = s.text("source_id");
        ObjectNode source = d.source(id);
        Dossier.put(source, "note", s.text("note"));
        n.set("source", source);
        ArrayNode copies = n.putArray("copies");
        d.sources.values().stream().filter(r -> r.text("copy_of").equals(id)).forEach(r -> copies.add(r.text("source_id") + " (" + d.label(r.text("source_id")) + ")"));
        Set<String> ids = new TreeSet<>();
        for (String table : List.of(CoreTables.OBSERVATIONS.name(), CoreTables.EVENTS.name())) {
            Map<String, Integer> byMeasure = new TreeMap<>();
            String key = table.equals(CoreTables.EVENTS.name()) ? "event_type" : "measure";
            for (PublishedRow r : d.reader.read(table)) {
                if (r.text("source_id").equals(id)) {
                    byMeasure.merge(r.text(key), 1, Integer::sum);
                    ids.add(r.text(r.spec().primaryKey().get(0)));
                }
            }
            ObjectNode counts = n.putObject(table);
            counts.put("rows", byMeasure.values().stream().mapToInt(Integer::intValue).sum());
            ObjectNode by = counts.putObject("by_" + key);
            byMeasure.forEach(by::put);
            long cited = d.reader.read(table).stream().filter(r -> r.text("cited_source_id").equals(id)).count();
            if (cited > 0) {
                counts.put("citing_it", cited);
            }
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        Set<String> failing = new TreeSet<>();
        for (PublishedRow r : d.reader.readIfPublished(CoreTables.CHECKS.name())) {
            if (List.of(r.text("observation_ids").split(" \\| ")).stream().anyMatch(ids::contains) || r.text("subject").contains(id)) {
                outcomes.merge(r.text("status"), 1, Integer::sum);
                if (!r.text("status").equals("pass")) {
                    failing.add(r.text("status") + " " + r.text("check_id") + " — " + r.text("subject"));
                }
            }
        }
        ObjectNode checks = n.putObject("checks");
        outcomes.forEach(checks::put);
        ArrayNode notPass = checks.putArray("not_a_pass");
        failing.forEach(notPass::add);
        ObjectNode answers = n.putObject("preferred_in_answer_tables");
        for (TopicSpec t : d.topics) {
            for (AnswerSpec a : t.answers()) {
                if (d.reader.knows(a.id())) {
                    long cells = d.reader.readIfPublished(a.id()).stream().filter(r -> Dossier.cites(r, ids)).count();
                    if (cells > 0) {
                        answers.put(a.id(), cells + (cells == 1 ? " row" : " rows"));
                    }
                }
            }
        }
    }

    /** A check: what it holds and why, and each subject's outcome, those that are not a pass first. */
    void check(ObjectNode n, String checkId) {
        List<PublishedRow> rows = d.reader.read(CoreTables.CHECKS.name()).filter(r -> r.text("check_id").equals(checkId));
        PublishedRow first = rows.get(0);
        for (String c : List.of("kind", "topic", "severity", "why")) {
            Dossier.put(n, c, first.text(c));
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        rows.forEach(r -> outcomes.merge(r.text("status"), 1, Integer::sum));
        ObjectNode counts = n.putObject("outcomes");
        outcomes.forEach(counts::put);
        ArrayNode results = n.putArray("results");
        for (String status : List.of("fail", "warn", "explained", "pass")) {
            for (PublishedRow r : rows) {
                if (r.text("status").equals(status)) {
                    ObjectNode c = d.checkResult(r);
                    Dossier.put(c, "observation_ids", r.text("observation_ids"));
                    Dossier.put(c, "source_rows", r.text("source_rows"));
                    results.add(c);
                }
            }
        }
    }

    /** The camps a check subject names: "camp 33 Астраханский ИТЛ / dislocation 1", "camps 176, 178 (same page)". */
    static Set<String> campsNamed(String subject) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^camps? (\\d+(?:, \\d+)*)").matcher(subject);
        return m.find() ? Set.of(m.group(1).split(", ")) : Set.of();
    }

    /** A camp of the Gulag camps file: the row as read, its places, its yearly figures, its work, its source. */
    void camp(ObjectNode n, PublishedRow camp) {
        String id = camp.text("camp_id");
        for (String c : camp.spec().header()) {
            if (!c.equals("camp_id") && !c.equals("source_id") && !c.equals("locator")) {
                Dossier.put(n, c, camp.text(c), camp.spec());
            }
        }
        n.set("source", d.source(camp.text("source_id")));
        Dossier.put(n, "locator", camp.text("locator"));
        ArrayNode places = n.putArray("locations");
        for (PublishedRow r : d.reader.readIfPublished(CampTables.LOCATIONS.name())) {
            if (r.text("camp_id").equals(id)) {
                ObjectNode p = places.addObject();
                for (String c : List.of("dislocation", "place", "latitude", "longitude", "year_moved", "locator")) {
                    Dossier.put(p, c, r.text(c), r.spec());
                }
            }
        }
        ArrayNode population = n.putArray("population");
        for (PublishedRow r : d.reader.readIfPublished(CampTables.POPULATION.name())) {
            if (r.text("camp_id").equals(id)) {
                ObjectNode p = population.addObject();
                for (String c : List.of("year", "measure", "value", "qualifier", "lower", "upper", "as_printed", "bounds_rule", "locator", "note")) {
                    Dossier.put(p, c, r.text(c), r.spec());
                }
            }
        }
        ArrayNode work = n.putArray("activities");
        d.reader.readIfPublished(CampTables.ACTIVITIES.name()).stream().filter(r -> r.text("camp_id").equals(id))
                .forEach(r -> work.add(r.text("branch") + ": " + r.text("description")));
        ArrayNode checks = n.putArray("checks");
        for (PublishedRow r : d.reader.readIfPublished(CoreTables.CHECKS.name())) {
            if (campsNamed(r.text("subject")).contains(id)) {
                checks.add(d.checkResult(r));
            }
        }
    }
}
