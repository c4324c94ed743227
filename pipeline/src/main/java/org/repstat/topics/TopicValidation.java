package org.repstat.topics;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repstat.io.Yaml;
import org.repstat.published.Selector;
import org.repstat.published.TableSpec;

/**
 * Checks what the words of the topic specs refer to, at import time: every table a figure or answer reads exists,
 * every column a selector or option names is a column of that table, every measure, scope, geography or unit a
 * selector picks is a vocabulary term, and every finding and derivation is one the pipeline has. A spec that names
 * something that does not exist fails the import at its line and column, before anything is published.
 *
 * @param tables      every published table by name (answer tables included)
 * @param terms       the vocabulary's ids by kind of term
 * @param findings    the names of the finding functions the chart stage has
 * @param derivations the names of the derivations the answer stage has
 * @param displayFields the computed fields a label template may name beside the table's columns
 */
public record TopicValidation(Map<String, TableSpec> tables, Function<String, Set<String>> terms, Set<String> findings,
                              Set<String> derivations, Set<String> displayFields) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+)}");

    public void validate(List<TopicSpec> topics) {
        for (TopicSpec t : topics) {
            for (AnswerSpec a : t.answers()) {
                answer(a);
            }
            for (FigureSpec f : t.figures()) {
                figure(f);
            }
            for (TopicSpec.KeyNumber k : t.keyNumbers()) {
                Map<String, Yaml.Node> kf = k.node().mapping();
                TableSpec from = table(kf.get("from"), k.from());
                Set<String> columns = new HashSet<>(from.header());
                selectors(kf.get("select"), List.of(k.select()), columns);
                column(kf.get("column"), columns, k.from());
            }
        }
    }

    private void answer(AnswerSpec a) {
        Map<String, Yaml.Node> f = a.node().mapping();
        if (a.shape().equals("derived")) {
            if (!derivations.contains(a.function())) {
                throw f.get("function").error("expected a derivation, one of " + new java.util.TreeSet<>(derivations) + ", found '" + a.function() + "'");
            }
            if (a.from().isEmpty()) {
                return; // a derivation that reads only tables of its own choosing; with a 'from', its selectors are checked below
            }
        }
        TableSpec from = table(f.get("from"), a.from());
        Set<String> columns = new HashSet<>(from.header());
        selectors(f.get("select"), a.select(), columns);
        for (String k : a.rows()) {
            if (!columns.contains(k)) {
                throw f.get("rows").error("expected columns of " + a.from() + ", found '" + k + "'");
            }
        }
        Set<String> ids = new HashSet<>();
        for (AnswerSpec.Column c : a.columns()) {
            ids.add(c.id());
            Map<String, Yaml.Node> cf = c.node().mapping();
            selectors(cf.get("select"), List.of(c.select()), columns);
            for (String part : c.sumOf()) {
                if (!ids.contains(part) || part.equals(c.id())) {
                    throw cf.get("sum_of").error("expected columns declared before this one, found '" + part + "'");
                }
            }
        }
    }

    private void figure(FigureSpec g) {
        Map<String, Yaml.Node> f = g.node().mapping();
        TableSpec from = table(f.get("from"), g.from());
        Set<String> columns = new HashSet<>(from.header());
        selectors(f.get("select"), g.select(), columns);
        for (Map.Entry<String, Yaml.Node> o : g.options().entrySet()) {
            if (SpecLanguage.COLUMN_OPTIONS.contains(o.getKey())) {
                column(o.getValue(), columns, g.from());
            }
            if (o.getKey().equals("label")) {
                template(o.getValue(), columns, g.from());
            }
            if (o.getKey().equals("bars") || o.getKey().equals("points") || o.getKey().equals("columns")) {
                for (Yaml.Node s : o.getValue().list()) {
                    Map<String, Yaml.Node> sf = s.fields(SpecLanguage.SERIES_KEYS);
                    column(Yaml.required(s, sf, "column"), columns, g.from());
                    if (sf.containsKey("measure")) {
                        term(sf.get("measure"), "measure");
                    }
                }
            }
            if (o.getKey().equals("order") && "measure".equals(g.text("group", ""))) {
                for (Yaml.Node m : o.getValue().list()) {
                    term(m, "measure");
                }
            }
        }
        if (g.title().computed()) {
            Yaml.Node t = f.get("title").mapping().get("finding");
            if (!findings.contains(g.title().finding())) {
                throw t.error("expected a finding function, one of " + new java.util.TreeSet<>(findings) + ", found '" + g.title().finding() + "'");
            }
        }
    }

    private TableSpec table(Yaml.Node n, String name) {
        TableSpec t = tables.get(name);
        if (t == null) {
            throw n.error("expected a published or answer table, one of " + new java.util.TreeSet<>(tables.keySet()) + ", found '" + name + "'");
        }
        return t;
    }

    private void selectors(Yaml.Node n, List<Selector> selectors, Set<String> columns) {
        if (n == null) {
            return;
        }
        for (Selector s : selectors) {
            List<String> unknown = s.unknownColumns(columns);
            if (!unknown.isEmpty()) {
                throw n.error("expected columns of the table read, found " + unknown + " in '" + s.text() + "'");
            }
            for (Selector.Condition c : s.conditions()) {
                String kind = SpecLanguage.TERM_COLUMNS.get(c.column());
                if (kind != null && c.op() == Selector.Op.EQUALS) {
                    for (String v : c.values()) {
                        if (!v.isEmpty() && !terms.apply(kind).contains(v)) {
                            throw n.error("expected a " + kind.replace('_', ' ') + " of the vocabulary, found '" + v + "' in '" + s.text() + "'");
                        }
                    }
                }
            }
        }
    }

    private void column(Yaml.Node n, Set<String> columns, String table) {
        String c = n.text();
        if (!columns.contains(c)) {
            throw n.error("expected a column of " + table + ", found '" + c + "'");
        }
    }

    private void template(Yaml.Node n, Set<String> columns, String table) {
        Matcher m = PLACEHOLDER.matcher(n.text());
        while (m.find()) {
            if (!columns.contains(m.group(1)) && !displayFields.contains(m.group(1))) {
                throw n.error("expected {column} of " + table + " or one of " + new java.util.TreeSet<>(displayFields) + ", found {" + m.group(1) + "}");
            }
        }
    }

    private void term(Yaml.Node n, String kind) {
        if (!terms.apply(kind).contains(n.text())) {
            throw n.error("expected a " + kind + " of the vocabulary, found '" + n.text() + "'");
        }
    }
}
