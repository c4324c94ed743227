package org.repstat.answers;

import static org.repstat.published.PublishedNumbers.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;
import org.repstat.published.PublishedTable;
import org.repstat.published.TableSpec;
import org.repstat.topics.AnswerSpec;
import org.repstat.topics.TopicSpec;

/**
 * The answer stage: derives every answer table the topic specs declare from the published tables. A wide table has
 * one row per key (a region, a year, an operation) and, per column, the preferred figure by the preference rule, the
 * range across publications (one copy each, so a copied table is never counted twice) and the preferred figure's
 * source and observation id, so every cell can be cited and traced.
 */
public final class AnswerBuilder {

    private final AnswerContext ctx;

    public AnswerBuilder(PublishedReader reader) {
        this.ctx = new AnswerContext(reader);
    }

    public List<PublishedTable> build(List<TopicSpec> topics) {
        List<PublishedTable> out = new ArrayList<>();
        for (TopicSpec t : topics) {
            for (AnswerSpec a : t.answers()) {
                out.add(build(a));
            }
        }
        return out;
    }

    public PublishedTable build(AnswerSpec a) {
        TableSpec spec = AnswerTables.spec(a);
        List<List<String>> rows = switch (a.shape()) {
            case "wide" -> wide(a, spec);
            case "listing" -> listing(a);
            default -> Derivations.get(a).rows(a, ctx.reader);
        };
        return new PublishedTable(spec, rows);
    }

    private List<PreferenceRule.Candidate> candidates(AnswerSpec a) {
        List<PreferenceRule.Candidate> out = new ArrayList<>();
        for (PublishedRow r : ctx.reader.read(a.from())) {
            if (a.selects(r.cells()) && (r.number("value") != null || r.number("lower") != null || r.number("upper") != null)) {
                out.add(ctx.candidate(r));
            }
        }
        return out;
    }

    /** One candidate per publication: copies of one table give one figure, the copy the rule prefers. */
    private List<PreferenceRule.Candidate> onePerPublication(List<PreferenceRule.Candidate> cands) {
        Map<String, PreferenceRule.Candidate> best = new TreeMap<>();
        for (PreferenceRule.Candidate c : cands) {
            best.merge(c.publication(), c, (x, y) -> ctx.preference.order().compare(x, y) <= 0 ? x : y);
        }
        return best.values().stream().sorted(ctx.preference.order()).toList();
    }

    private List<List<String>> wide(AnswerSpec a, TableSpec spec) {
        Map<List<String>, List<PreferenceRule.Candidate>> byKey = new TreeMap<>(AnswerBuilder::compareKeys);
        for (PreferenceRule.Candidate c : candidates(a)) {
            byKey.computeIfAbsent(c.row().values(a.rows()), k -> new ArrayList<>()).add(c);
        }
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<List<String>, List<PreferenceRule.Candidate>> e : byKey.entrySet()) {
            Map<String, List<PreferenceRule.Candidate>> perColumn = new LinkedHashMap<>();
            for (AnswerSpec.Column c : a.columns()) {
                perColumn.put(c.id(), onePerPublication(e.getValue().stream()
                        .filter(k -> c.select().test(k.row().cells())).toList()));
            }
            if (perColumn.values().stream().allMatch(List::isEmpty)) {
                continue;
            }
            String rowPublication = a.coherent() ? coherentPublication(perColumn) : null;
            List<String> row = new ArrayList<>();
            for (int i = 0; i < a.rows().size(); i++) {
                row.addAll(keyCells(a.rows().get(i), e.getKey().get(i)));
            }
            Map<String, PreferenceRule.Candidate> chosen = new LinkedHashMap<>();
            for (AnswerSpec.Column c : a.columns()) {
                List<PreferenceRule.Candidate> cands = perColumn.get(c.id());
                Optional<PreferenceRule.Candidate> pick = rowPublication == null ? cands.stream().findFirst()
                        : cands.stream().filter(k -> k.publication().equals(rowPublication)).findFirst()
                                .or(() -> cands.stream().findFirst());
                pick.ifPresent(p -> chosen.put(c.id(), p));
                row.addAll(cells(a, c, cands, pick.orElse(null), chosen, rowPublication));
            }
            if (row.size() != spec.fields().size()) {
                throw new IllegalStateException("answer " + a.id() + ": row of " + row.size() + " cells for " + spec.fields().size() + " columns");
            }
            out.add(row);
        }
        return out;
    }

    /**
     * The publication a coherent row is taken from: the first, in the preference rule's order, that gives at least
     * two of the row's columns (a share needs both from one source); null if none does. Columns it does not give fall
     * back to their own preferred figure.
     */
    private String coherentPublication(Map<String, List<PreferenceRule.Candidate>> perColumn) {
        Map<String, Integer> count = new TreeMap<>();
        Map<String, PreferenceRule.Candidate> best = new TreeMap<>();
        for (List<PreferenceRule.Candidate> cands : perColumn.values()) {
            for (PreferenceRule.Candidate c : cands) {
                count.merge(c.publication(), 1, Integer::sum);
                best.merge(c.publication(), c, (x, y) -> ctx.preference.order().compare(x, y) <= 0 ? x : y);
            }
        }
        return best.values().stream().sorted(ctx.preference.order()).map(PreferenceRule.Candidate::publication)
                .filter(p -> count.get(p) >= 2).findFirst().orElse(null);
    }

    private List<String> keyCells(String column, String value) {
        List<String> cells = new ArrayList<>(List.of(value));
        switch (column) {
            case "geography" -> {
                PublishedRow g = ctx.geography(value);
                cells.addAll(g == null ? List.of(value, "", "", "")
                        : List.of(g.text("label"), g.text("label_en"), g.text("printed"), g.text("geo_type")));
            }
            case "scope" -> cells.add(ctx.label("scopes", value));
            case "measure" -> cells.add(ctx.label("measures", value));
            default -> {
            }
        }
        return cells;
    }

    private List<String> cells(AnswerSpec a, AnswerSpec.Column c, List<PreferenceRule.Candidate> cands,
                               PreferenceRule.Candidate pick, Map<String, PreferenceRule.Candidate> chosen,
                               String rowPublication) {
        String how = "printed";
        String value = "", qualifier = "", lower = "", upper = "", source = "", reliability = "", id = "", measure = "";
        String periodStart = "", periodEnd = "";
        if (pick == null || (rowPublication != null && !pick.publication().equals(rowPublication) && !c.sumOf().isEmpty())) {
            Optional<List<PreferenceRule.Candidate>> parts = sumParts(c, chosen);
            if (parts.isPresent()) {
                List<PreferenceRule.Candidate> p = parts.get();
                BigDecimal sum = p.stream().map(PreferenceRule.Candidate::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                boolean exact = p.stream().allMatch(k -> k.qualifier().equals("exact"));
                value = format(sum);
                qualifier = exact ? "exact" : "";
                lower = exact ? value : "";
                upper = exact ? value : "";
                PreferenceRule.Candidate first = p.get(0);
                source = ctx.sourceLabel(first.sourceId());
                reliability = first.reliability();
                id = String.join(" + ", p.stream().map(k -> k.row().text("observation_id")).toList());
                how = "sum of " + String.join(" and ", c.sumOf());
                pick = null;
            }
        }
        if (pick != null) {
            PublishedRow r = pick.row();
            value = r.text("value");
            qualifier = r.text("qualifier");
            lower = r.text("lower");
            upper = r.text("upper");
            source = ctx.sourceLabel(pick.sourceId());
            reliability = pick.reliability();
            id = r.text("observation_id");
            measure = r.text("measure");
            periodStart = r.text("period_start");
            periodEnd = r.text("period_end");
        }
        List<String> out = new ArrayList<>(List.of(value, qualifier, lower, upper, min(cands), max(cands),
                cands.isEmpty() ? "" : String.valueOf(cands.size()), source, reliability, id));
        if (AnswerTables.measures(c).size() != 1) {
            out.add(measure);
        }
        if (!a.rows().contains("period_start")) {
            out.add(periodStart);
            out.add(periodEnd);
        }
        if (!c.sumOf().isEmpty()) {
            out.add(value.isEmpty() ? "" : how);
        }
        PublishedRow misprint = pick == null ? null : ctx.misprint(pick.row().text("observation_id"));
        out.add(misprint == null ? "" : misprint.text("reading"));
        out.add(note(pick, misprint));
        return out;
    }

    /** The preferred observation's own note, and what the misprint check found about it, in words. */
    private String note(PreferenceRule.Candidate pick, PublishedRow misprint) {
        List<String> parts = new ArrayList<>();
        if (misprint != null) {
            PublishedRow partner = misprint.text("partner_observation_id").isEmpty() ? null
                    : ctx.misprint(misprint.text("partner_observation_id"));
            parts.add("probably misprinted: the printed " + misprint.text("printed") + " read as " + misprint.text("reading")
                    + (partner == null ? "" : ", with " + partner.text("row") + "'s " + partner.text("printed") + " read as "
                    + partner.text("reading") + ",")
                    + " would balance row " + misprint.text("row") + " and its column (probable_misprints.csv); shown as printed");
        }
        if (pick != null && !pick.row().text("note").isEmpty()) {
            parts.add(pick.row().text("note"));
        }
        return String.join("; ", parts);
    }

    /** The parts of a sum column, all exact figures of one publication, when every part has one. */
    private static Optional<List<PreferenceRule.Candidate>> sumParts(AnswerSpec.Column c, Map<String, PreferenceRule.Candidate> chosen) {
        List<PreferenceRule.Candidate> parts = new ArrayList<>();
        for (String id : c.sumOf()) {
            PreferenceRule.Candidate p = chosen.get(id);
            if (p == null || p.value() == null) {
                return Optional.empty();
            }
            parts.add(p);
        }
        boolean onePublication = parts.stream().map(PreferenceRule.Candidate::publication).distinct().count() == 1;
        return parts.isEmpty() || !onePublication ? Optional.empty() : Optional.of(parts);
    }

    private static String min(List<PreferenceRule.Candidate> cands) {
        return cands.stream().map(k -> k.value() != null ? k.value() : k.row().number("lower"))
                .filter(java.util.Objects::nonNull).min(BigDecimal::compareTo).map(org.repstat.published.PublishedNumbers::format).orElse("");
    }

    private static String max(List<PreferenceRule.Candidate> cands) {
        return cands.stream().map(k -> k.value() != null ? k.value() : k.row().number("upper"))
                .filter(java.util.Objects::nonNull).max(BigDecimal::compareTo).map(org.repstat.published.PublishedNumbers::format).orElse("");
    }

    private List<List<String>> listing(AnswerSpec a) {
        Map<List<String>, PreferenceRule.Candidate> one = new TreeMap<>(AnswerBuilder::compareKeys);
        for (PreferenceRule.Candidate c : candidates(a)) {
            PublishedRow r = c.row();
            List<String> concept = List.of(c.publication(), r.text("role"), r.text("measure"), r.text("scope"),
                    r.text("geography"), r.text("period_start"), r.text("period_end"), r.text("unit"));
            one.merge(concept, c, (x, y) -> ctx.preference.order().compare(x, y) <= 0 ? x : y);
        }
        List<List<String>> out = new ArrayList<>();
        for (PreferenceRule.Candidate c : one.values().stream()
                .sorted(Comparator.comparing(k -> k.row().text("observation_id"))).toList()) {
            PublishedRow r = c.row();
            out.add(List.of(r.text("observation_id"), r.text("measure"), ctx.label("measures", r.text("measure")),
                    r.text("scope"), ctx.label("scopes", r.text("scope")), r.text("geography"),
                    ctx.label("geographies", r.text("geography")), r.text("period_start"), r.text("period_end"),
                    r.text("value"), r.text("qualifier"), r.text("lower"), r.text("upper"), r.text("as_printed"),
                    ctx.sourceLabel(c.sourceId()), c.sourceId(), c.reliability(), r.text("locator"), r.text("note")));
        }
        return out;
    }

    static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
