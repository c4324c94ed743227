package org.repstat.querying;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repstat.importing.gulag.CampTables;
import org.repstat.published.CoreTables;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;
import org.repstat.published.TableSpec;
import org.repstat.topics.FigureSpec;
import org.repstat.topics.TopicSpec;

/**
 * Everything the published tables say about one thing: an observation, an event, a source, a check or a camp,
 * with what stands behind it (the source and its address, the locator and quote, the rule that made its bounds)
 * and what it is part of (the checks that concern it and their outcomes, the disagreements, the answer tables and
 * figures that use it). Built as one JSON tree, so the text a person reads and the JSON a script reads say the same.
 */
public final class Dossier {

    /** The kinds of thing {@code show} knows, in the order an id is looked up; {@code kind:id} picks one. */
    public static final List<String> KINDS = List.of("observation", "event", "source", "check", "camp");

    private static final Pattern PRECISION_RULE = Pattern.compile("printed-precision rule ([a-z0-9_]+)");

    final PublishedReader reader;
    final List<TopicSpec> topics;
    final Map<String, PublishedRow> sources = new LinkedHashMap<>();

    public Dossier(PublishedReader reader, List<TopicSpec> topics) {
        this.reader = reader;
        this.topics = topics;
        reader.read(CoreTables.SOURCES.name()).forEach(s -> sources.put(s.text("source_id"), s));
    }

    /** The dossier of {@code id} ("kind:id" to say which kind), or an IllegalArgumentException naming close ids. */
    public ObjectNode of(String id) {
        String kind = null;
        String key = id;
        int colon = id.indexOf(':');
        if (colon > 0 && KINDS.contains(id.substring(0, colon))) {
            kind = id.substring(0, colon);
            key = id.substring(colon + 1);
        }
        for (String k : KINDS) {
            if (kind != null && !kind.equals(k)) {
                continue;
            }
            PublishedRow row = find(k, key);
            if (row != null) {
                ObjectNode n = TableFormats.JSON.createObjectNode();
                n.put("kind", k);
                n.put("id", key);
                switch (k) {
                    case "observation" -> new ObservationDossier(this).fill(n, row);
                    case "event" -> event(n, row);
                    case "source" -> new SourceDossier(this).fill(n, row);
                    case "check" -> new SourceDossier(this).check(n, key);
                    default -> new SourceDossier(this).camp(n, row);
                }
                return n;
            }
        }
        throw new IllegalArgumentException("no " + (kind == null ? String.join(", ", KINDS.subList(0, 4)) + " or camp" : kind)
                + " with id '" + key + "'" + near(key));
    }

    private PublishedRow find(String kind, String id) {
        return switch (kind) {
            case "observation" -> first(CoreTables.OBSERVATIONS, "observation_id", id);
            case "event" -> first(CoreTables.EVENTS, "event_id", id);
            case "source" -> sources.get(id);
            case "check" -> first(CoreTables.CHECKS, "check_id", id);
            default -> reader.knows(CampTables.CAMPS.name()) ? first(CampTables.CAMPS, "camp_id", id) : null;
        };
    }

    private PublishedRow first(TableSpec table, String column, String id) {
        return reader.readIfPublished(table.name()).stream().filter(r -> r.text(column).equals(id)).findFirst().orElse(null);
    }

    /** A few ids that contain what was typed: the likely meant ones. */
    private String near(String typed) {
        Set<String> close = new TreeSet<>();
        for (String[] t : new String[][] {{CoreTables.OBSERVATIONS.name(), "observation_id"}, {CoreTables.EVENTS.name(), "event_id"},
                {CoreTables.SOURCES.name(), "source_id"}, {CoreTables.CHECKS.name(), "check_id"}}) {
            reader.readIfPublished(t[0]).forEach(r -> {
                if (!typed.isBlank() && r.text(t[1]).contains(typed)) {
                    close.add(r.text(t[1]));
                }
            });
        }
        return close.isEmpty() ? "" : " (ids containing it: " + String.join(", ", close.stream().limit(8).toList())
                + (close.size() > 8 ? ", … " + (close.size() - 8) + " more" : "") + ")";
    }

    private void event(ObjectNode n, PublishedRow e) {
        for (String c : List.of("event_type", "date_start", "date_end", "date_precision", "date_as_printed", "description", "dataset")) {
            put(n, c, e.text(c));
        }
        n.set("source", source(e.text("source_id")));
        put(n, "locator", e.text("locator"));
        put(n, "quote", e.text("quote"));
        cited(n, e);
        put(n, "note", e.text("note"));
        n.set("checks", checks(e.text("event_id")));
        n.set("figures", figures(CoreTables.EVENTS.name(), e, Set.of()));
    }

    /** A register entry as a reader cites it: label, authors, title, where, address, grade and licence. */
    ObjectNode source(String sourceId) {
        ObjectNode s = TableFormats.JSON.createObjectNode();
        PublishedRow r = sources.get(sourceId);
        s.put("source_id", sourceId);
        if (r == null) {
            return s;
        }
        for (String c : List.of("label", "authors", "title", "container", "year", "pages", "url", "doi", "type", "reliability",
                "licence", "copy_of")) {
            put(s, c, r.text(c));
        }
        return s;
    }

    void cited(ObjectNode n, PublishedRow row) {
        if (!row.text("cited_source_id").isEmpty()) {
            ObjectNode c = n.putObject("cited");
            c.put("source_id", row.text("cited_source_id"));
            put(c, "label", label(row.text("cited_source_id")));
            put(c, "locator", row.text("cited_locator"));
        }
    }

    String label(String sourceId) {
        PublishedRow s = sources.get(sourceId);
        return s == null || s.text("label").isEmpty() ? sourceId : s.text("label");
    }

    /** The check results whose subject is {@code id} or that list it among their observations, outcome first. */
    ArrayNode checks(String id) {
        ArrayNode out = TableFormats.JSON.createArrayNode();
        for (PublishedRow r : reader.readIfPublished(CoreTables.CHECKS.name())) {
            if (r.text("subject").equals(id) || List.of(r.text("observation_ids").split(" \\| ")).contains(id)) {
                out.add(checkResult(r));
            }
        }
        return out;
    }

    ObjectNode checkResult(PublishedRow r) {
        ObjectNode c = TableFormats.JSON.createObjectNode();
        for (String col : List.of("status", "check_id", "severity", "subject", "observed", "expected", "difference", "relative_difference", "message")) {
            put(c, col, r.text(col), r.spec());
        }
        return c;
    }

    /** The figures that draw a row of {@code table}, or a row of an answer table that cites one of {@code ids}. */
    ArrayNode figures(String table, PublishedRow row, Set<String> ids) {
        ArrayNode out = TableFormats.JSON.createArrayNode();
        for (TopicSpec t : topics) {
            for (FigureSpec f : t.figures()) {
                boolean uses = f.from().equals(table) ? f.selects(row.cells())
                        : !ids.isEmpty() && reader.knows(f.from()) && reader.readIfPublished(f.from()).stream()
                        .anyMatch(r -> f.selects(r.cells()) && cites(r, ids));
                if (uses) {
                    ObjectNode n = out.addObject();
                    n.put("figure", f.id());
                    n.put("topic", t.id());
                    n.put("kind", f.kind());
                }
            }
        }
        return out;
    }

    static boolean cites(PublishedRow r, Set<String> ids) {
        Set<String> cited = new TreeSet<>();
        TopicObservations.cited(List.of(r), cited);
        return cited.stream().anyMatch(ids::contains);
    }

    /** Which bounds rule of precision.csv a value's bounds_rule names, if any. */
    static String precisionRule(String boundsRule) {
        Matcher m = PRECISION_RULE.matcher(boundsRule);
        return m.find() ? m.group(1) : null;
    }

    /** A cell into the tree: numbers of number columns as numbers, empty cells left out. */
    static void put(ObjectNode n, String key, String value, TableSpec spec) {
        if (value.isEmpty()) {
            return;
        }
        String type = ResultTable.types(spec, List.of(key)).get(0);
        if (type.equals("number") || type.equals("integer")) {
            n.put(key, new BigDecimal(value));
        } else {
            n.put(key, value);
        }
    }

    static void put(ObjectNode n, String key, String value) {
        if (!value.isEmpty()) {
            n.put(key, value);
        }
    }

    /** The key of a row as column=value pairs. */
    static String key(PublishedRow r) {
        List<String> parts = new ArrayList<>();
        for (String k : r.spec().primaryKey()) {
            parts.add(k + "=" + r.text(k));
        }
        return String.join("; ", parts);
    }
}
