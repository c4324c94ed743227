package org.repstat.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.repstat.io.InputException;
import org.repstat.io.Yaml;
import org.repstat.io.Yaml.Node;
import org.repstat.published.Selector;

/**
 * Reads {@code datasets/topics/*.yaml} into {@link TopicSpec}s, refusing — at the line and column — any key the
 * {@link SpecLanguage} does not know, a missing required key, a malformed selector or a duplicated id. What the
 * words refer to (tables, columns, vocabulary terms) is checked afterwards by {@link TopicValidation}.
 */
public final class TopicReader {

    private TopicReader() {
    }

    /** Every topic file in {@code dir}, in the order their {@code order} gives. */
    public static List<TopicSpec> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, 0, null, "expected the folder of topic specs (datasets/topics/), found nothing");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        if (files.isEmpty()) {
            throw new InputException(dir, 0, null, "expected at least one topic spec (*.yaml), found none");
        }
        List<TopicSpec> topics = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> pieceIds = new HashSet<>();
        for (Path f : files) {
            TopicSpec t = topic(Yaml.read(f));
            if (!ids.add(t.id())) {
                throw t.node().mapping().get("id").error("duplicate topic id '" + t.id() + "'");
            }
            for (AnswerSpec a : t.answers()) {
                if (!pieceIds.add(a.id())) {
                    throw a.node().mapping().get("id").error("duplicate answer or figure id '" + a.id() + "'");
                }
            }
            for (FigureSpec g : t.figures()) {
                if (!pieceIds.add(g.id())) {
                    throw g.node().mapping().get("id").error("duplicate answer or figure id '" + g.id() + "'");
                }
            }
            topics.add(t);
        }
        topics.sort(Comparator.comparingInt(TopicSpec::order).thenComparing(TopicSpec::id));
        return List.copyOf(topics);
    }

    static TopicSpec topic(Node root) {
        Map<String, Node> f = root.fields(SpecLanguage.TOPIC_KEYS);
        String id = id(Yaml.required(root, f, "id"), "[a-z0-9_]+", "a snake_case topic id");
        String expected = id + ".yaml";
        if (!root.file().getFileName().toString().equals(expected)) {
            throw f.get("id").error("expected the topic id to name its file (" + expected + "), found '" + id + "'");
        }
        int order = integer(Yaml.required(root, f, "order"));
        String template = Yaml.text(f, "template", "topic");
        if (!SpecLanguage.TEMPLATES.contains(template)) {
            throw f.get("template").error("expected one of " + SpecLanguage.TEMPLATES + ", found '" + template + "'");
        }
        List<String> caveats = f.containsKey("caveats") ? f.get("caveats").texts() : List.of();
        List<AnswerSpec> answers = new ArrayList<>();
        if (f.containsKey("answers")) {
            for (Node a : f.get("answers").list()) {
                answers.add(answer(id, a));
            }
        }
        List<FigureSpec> figures = new ArrayList<>();
        if (f.containsKey("figures")) {
            for (Node g : f.get("figures").list()) {
                figures.add(figure(id, g));
            }
        }
        List<String> checks = f.containsKey("checks") ? f.get("checks").texts() : List.of(id);
        List<TopicSpec.KeyNumber> keys = new ArrayList<>();
        if (f.containsKey("key_numbers")) {
            for (Node k : f.get("key_numbers").list()) {
                Map<String, Node> kf = k.fields(SpecLanguage.KEY_NUMBER_KEYS);
                keys.add(new TopicSpec.KeyNumber(Yaml.required(k, kf, "label").text(), Yaml.required(k, kf, "from").text(),
                        selector(Yaml.required(k, kf, "select")), Yaml.required(k, kf, "column").text(), k));
            }
        }
        return new TopicSpec(root.file(), id, order, Yaml.required(root, f, "heading").text(),
                Yaml.required(root, f, "question").text(), Yaml.text(f, "intro", ""), caveats, answers, figures, checks,
                template, keys, root);
    }

    static AnswerSpec answer(String topic, Node n) {
        Map<String, Node> f = n.fields(SpecLanguage.ANSWER_KEYS);
        String id = id(Yaml.required(n, f, "id"), "[a-z0-9_]+", "a snake_case table name");
        String shape = Yaml.text(f, "shape", "wide");
        if (!AnswerSpec.SHAPES.contains(shape)) {
            throw f.get("shape").error("expected one of " + AnswerSpec.SHAPES + ", found '" + shape + "'");
        }
        String function = Yaml.text(f, "function", null);
        if (shape.equals("derived") != (function != null)) {
            throw n.error(shape.equals("derived") ? "a derived answer table names its function" : "only a derived answer table names a function");
        }
        String from = shape.equals("derived") ? Yaml.text(f, "from", "") : Yaml.required(n, f, "from").text();
        List<String> rows = f.containsKey("rows") ? f.get("rows").texts() : List.of();
        if (shape.equals("wide") && rows.isEmpty()) {
            throw n.error("a wide answer table needs 'rows': the columns that make one row");
        }
        List<AnswerSpec.Column> columns = new ArrayList<>();
        Set<String> columnIds = new HashSet<>();
        if (f.containsKey("columns")) {
            for (Node c : f.get("columns").list()) {
                Map<String, Node> cf = c.fields(SpecLanguage.COLUMN_KEYS);
                String cid = id(Yaml.required(c, cf, "id"), "[a-z0-9_]+", "a snake_case column name");
                if (!columnIds.add(cid)) {
                    throw cf.get("id").error("duplicate column '" + cid + "'");
                }
                columns.add(new AnswerSpec.Column(cid, Yaml.text(cf, "label", cid.replace('_', ' ')),
                        selector(Yaml.required(c, cf, "select")), cf.containsKey("sum_of") ? cf.get("sum_of").texts() : List.of(), c));
            }
        }
        if (shape.equals("wide") && columns.isEmpty()) {
            throw n.error("a wide answer table needs 'columns'");
        }
        return new AnswerSpec(topic, id, Yaml.required(n, f, "title").text(), Yaml.required(n, f, "row_is").text(), shape,
                from, selectors(f.get("select")), rows, columns, f.containsKey("coherent") && bool(f.get("coherent")),
                function, n);
    }

    static FigureSpec figure(String topic, Node n) {
        Map<String, Node> all = n.mapping();
        Node kindNode = Yaml.required(n, all, "kind");
        String kind = kindNode.text();
        Set<String> options = SpecLanguage.CHART_KINDS.get(kind);
        if (options == null) {
            throw kindNode.error("expected a chart kind, one of " + new java.util.TreeSet<>(SpecLanguage.CHART_KINDS.keySet()) + ", found '" + kind + "'");
        }
        Set<String> allowed = new HashSet<>(SpecLanguage.FIGURE_KEYS);
        allowed.addAll(options);
        Map<String, Node> f = n.fields(allowed);
        String id = id(Yaml.required(n, f, "id"), "[a-z0-9]+(-[a-z0-9]+)*", "a kebab-case figure id");
        Map<String, Node> opts = new LinkedHashMap<>();
        f.forEach((k, v) -> {
            if (options.contains(k)) {
                opts.put(k, v);
            }
        });
        return new FigureSpec(topic, id, kind, Yaml.required(n, f, "from").text(), selectors(f.get("select")),
                title(f.get("title"), n), Yaml.text(f, "caption", ""), opts, n);
    }

    static FigureSpec.Title title(Node t, Node figure) {
        if (t == null) {
            return new FigureSpec.Title(null, null, Map.of(), null);
        }
        if (t.isScalar()) {
            return new FigureSpec.Title(t.text(), null, Map.of(), null);
        }
        Map<String, Node> m = t.mapping();
        Node finding = Yaml.required(t, m, "finding");
        Map<String, Node> args = new LinkedHashMap<>(m);
        args.remove("finding");
        args.remove("fallback");
        return new FigureSpec.Title(null, id(finding, "[a-z0-9_]+", "a finding function name"), args,
                Yaml.text(m, "fallback", null));
    }

    /** A selector, or a list of selectors (their union). */
    static List<Selector> selectors(Node n) {
        if (n == null) {
            return List.of();
        }
        List<Selector> out = new ArrayList<>();
        for (Node s : n.list()) {
            out.add(selector(s));
        }
        return out;
    }

    static Selector selector(Node n) {
        try {
            return Selector.parse(n.text());
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }

    static String id(Node n, String pattern, String what) {
        String v = n.text();
        if (!v.matches(pattern)) {
            throw n.error("expected " + what + ", found '" + v + "'");
        }
        return v;
    }

    static int integer(Node n) {
        try {
            return Integer.parseInt(n.text());
        } catch (NumberFormatException e) {
            throw n.error("expected a whole number, found '" + n.text() + "'");
        }
    }

    static boolean bool(Node n) {
        String v = n.text();
        if (!v.equals("true") && !v.equals("false")) {
            throw n.error("expected true or false, found '" + v + "'");
        }
        return v.equals("true");
    }
}
