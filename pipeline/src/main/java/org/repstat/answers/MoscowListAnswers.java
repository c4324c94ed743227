package org.repstat.answers;

import static org.repstat.published.PublishedNumbers.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.repstat.published.Field;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;
import org.repstat.published.TableSpec;
import org.repstat.topics.AnswerSpec;

/**
 * The derived answer tables of Memorial's Moscow list, from its published count tables (never from the pages):
 * {@code function: list_burial_places}, one row per burial place with its share of the list; and {@code function:
 * list_nationalities}, one row per nationality with its executions of 1937–38 and their share, beside the national
 * operation that targeted it.
 */
final class MoscowListAnswers {

    static final String BURIAL = "moscow_executions_by_burial_place";
    static final String NATIONALITY = "moscow_executions_by_nationality";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MoscowListAnswers() {
    }

    private static List<Field> provenance() {
        return List.of(Field.required("source_id", "sources.source_id of the list."),
                Field.required("rule", "The rules file(s) that read the values counted (file:line)."),
                Field.required("input_sha256", "SHA-256 of the list's files.csv, which pins every file counted.").matching("[0-9a-f]{64}"));
    }

    /** part ÷ whole in percent, one decimal ("42.8"). */
    static String percent(long part, long whole) {
        return whole == 0 ? "" : format(BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN));
    }

    /** {@code list_burial_places}. */
    static final class BurialPlaces implements Derivations.Derivation {
        @Override
        public TableSpec spec(AnswerSpec a) {
            List<Field> f = new ArrayList<>(List.of(
                    Field.required("burial_place", "The burial place as the rule names it (" + BURIAL + ".burial_place)."),
                    Field.required("burial_place_note", "What and where the place is, in English (the rule's note)."),
                    Field.required("printed_as", "How the list prints it (joined by ' | ' where it prints it several ways)."),
                    Field.integer("executions", "People of the list buried there, all years.", true),
                    Field.number("share", "Their share of all people of the list with a burial place, in percent (one decimal)."),
                    Field.integer("executions_1937_1938", "Of them, shot in 1937 or 1938.", true),
                    Field.string("first_execution_date", "The earliest day of execution of anyone of the list buried there (ISO)."),
                    Field.string("last_execution_date", "The latest (ISO).")));
            f.addAll(provenance());
            return new TableSpec(a.id(), a.id() + ".csv", a.title(), AnswerTables.rowIs(a), f, List.of("burial_place"),
                    List.of(new TableSpec.ForeignKey("source_id", "sources", "source_id")));
        }

        @Override
        public List<String> reads() {
            return List.of(BURIAL);
        }

        @Override
        public List<List<String>> rows(AnswerSpec a, PublishedReader reader) {
            Map<String, List<PublishedRow>> byPlace = new TreeMap<>();
            reader.read(BURIAL).forEach(r -> byPlace.computeIfAbsent(r.text("burial_place"), k -> new ArrayList<>()).add(r));
            long all = reader.read(BURIAL).stream().mapToLong(r -> r.number("executions").longValue()).sum();
            List<List<String>> out = new ArrayList<>();
            for (Map.Entry<String, List<PublishedRow>> e : byPlace.entrySet()) {
                List<PublishedRow> rows = e.getValue();
                long n = sum(rows, "executions");
                PublishedRow first = rows.get(0);
                out.add(List.of(e.getKey(), first.text("burial_place_note"), join(rows, "burial_place_as_printed"), String.valueOf(n),
                        percent(n, all), String.valueOf(sum(rows, "executions_1937_1938")),
                        rows.stream().map(r -> r.text("first_execution_date")).filter(s -> !s.isEmpty()).min(String::compareTo).orElse(""),
                        rows.stream().map(r -> r.text("last_execution_date")).max(String::compareTo).orElse(""),
                        first.text("source_id"), join(rows, "rule"), first.text("input_sha256")));
            }
            out.sort(java.util.Comparator.comparingLong((List<String> r) -> -Long.parseLong(r.get(3))).thenComparing(r -> r.get(0)));
            return out;
        }
    }

    /** {@code list_nationalities}. */
    static final class Nationalities implements Derivations.Derivation {
        @Override
        public TableSpec spec(AnswerSpec a) {
            List<Field> f = new ArrayList<>(List.of(
                    Field.required("nationality", "The nationality as the rule names it, in Russian (" + NATIONALITY + ".nationality)."),
                    Field.string("nationality_en", "The nationality in English."),
                    Field.string("targeted_by", "The national operation of 1937–38 that targeted this nationality (vocabulary scopes); empty for the others."),
                    Field.string("targeted_by_label", "That operation in words (vocabulary scopes)."),
                    Field.integer("executions_1937_1938", "People of the list of this nationality shot in 1937 or 1938.", true),
                    Field.number("share_1937_1938", "Their share of the people of the list shot in 1937–38 whose nationality it gives and a "
                            + "rule reads, in percent (one decimal)."),
                    Field.integer("targeted_1937_1938", "executions_1937_1938 where a national operation targeted this nationality; "
                            + "empty for the others (so a chart can colour the two apart).", false),
                    Field.integer("other_1937_1938", "executions_1937_1938 where none did; empty for the targeted nationalities.", false),
                    Field.integer("executions", "People of the list of this nationality shot in any year, 1921–1953.", true)));
            f.addAll(provenance());
            return new TableSpec(a.id(), a.id() + ".csv", a.title(), AnswerTables.rowIs(a), f, List.of("nationality"),
                    List.of(new TableSpec.ForeignKey("source_id", "sources", "source_id"),
                            new TableSpec.ForeignKey("targeted_by", "scopes", "id")));
        }

        @Override
        public List<String> reads() {
            return List.of(NATIONALITY, "scopes");
        }

        @Override
        public List<List<String>> rows(AnswerSpec a, PublishedReader reader) {
            Map<String, String> scopes = new TreeMap<>();
            reader.read("scopes").forEach(r -> scopes.put(r.text("id"), r.text("label")));
            Map<String, List<PublishedRow>> byNationality = new TreeMap<>();
            reader.read(NATIONALITY).forEach(r -> byNationality.computeIfAbsent(r.text("nationality"), k -> new ArrayList<>()).add(r));
            long all = reader.read(NATIONALITY).stream().filter(MoscowListAnswers::in1937or1938)
                    .mapToLong(r -> r.number("executions").longValue()).sum();
            List<List<String>> out = new ArrayList<>();
            for (Map.Entry<String, List<PublishedRow>> e : byNationality.entrySet()) {
                List<PublishedRow> rows = e.getValue();
                long terror = sum(rows.stream().filter(MoscowListAnswers::in1937or1938).toList(), "executions");
                if (terror == 0) {
                    continue;
                }
                PublishedRow first = rows.get(0);
                String scope = first.text("targeted_by");
                out.add(List.of(e.getKey(), first.text("nationality_en"), scope, scope.isEmpty() ? "" : scopes.getOrDefault(scope, scope),
                        String.valueOf(terror), percent(terror, all), scope.isEmpty() ? "" : String.valueOf(terror),
                        scope.isEmpty() ? String.valueOf(terror) : "", String.valueOf(sum(rows, "executions")), first.text("source_id"),
                        rules(rows), first.text("input_sha256")));
            }
            out.sort(java.util.Comparator.comparingLong((List<String> r) -> -Long.parseLong(r.get(4))).thenComparing(r -> r.get(0)));
            return out;
        }
    }

    static boolean in1937or1938(PublishedRow r) {
        return r.text("year").equals("1937") || r.text("year").equals("1938");
    }

    private static long sum(List<PublishedRow> rows, String column) {
        return rows.stream().mapToLong(r -> r.number(column).longValue()).sum();
    }

    private static String join(List<PublishedRow> rows, String column) {
        Set<String> v = new LinkedHashSet<>();
        rows.forEach(r -> v.add(r.text(column)));
        return String.join(" | ", v);
    }

    /** "datasets/records/memorial/nationalities.csv:13, 14": the file once, the lines of every year's rows. */
    private static String rules(List<PublishedRow> rows) {
        Set<String> lines = new java.util.TreeSet<>(java.util.Comparator.comparingInt(Integer::parseInt));
        String file = "";
        for (PublishedRow r : rows) {
            String rule = r.text("rule");
            int colon = rule.lastIndexOf(':');
            file = rule.substring(0, colon);
            for (String l : rule.substring(colon + 1).split(",\\s*")) {
                lines.add(l.strip());
            }
        }
        return file + ":" + String.join(", ", lines);
    }
}
