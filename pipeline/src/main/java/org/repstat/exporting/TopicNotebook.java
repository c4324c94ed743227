package org.repstat.exporting;

import static org.repstat.exporting.NotebookText.md;
import static org.repstat.exporting.NotebookText.py;
import static org.repstat.exporting.NotebookText.pyList;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.repstat.charting.Figure;
import org.repstat.io.Yaml;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;
import org.repstat.published.TableSpec;
import org.repstat.topics.AnswerSpec;
import org.repstat.topics.FigureSpec;
import org.repstat.topics.TopicSpec;

/**
 * One topic's notebook, built from its spec like its report page: the question it answers and the answer tables
 * that answer it, each figure's rows selected in pandas by the same selector the chart uses (so notebook, chart and
 * table cannot take different rows), the chart redrawn with matplotlib, the caveats and the sources. Outputs are
 * pre-filled (tables as pandas prints them, the pipeline's PNG of each chart) so the notebook reads on GitHub.
 */
final class TopicNotebook {

    static final String FIGURE_TEXT = "<Figure size 800x600 with 1 Axes>";
    static final String PIPELINE_FIGURE = "*The figure stored below each chart cell is the pipeline's own rendering of the "
            + "chart in the report; running the cell redraws it with matplotlib.*";

    /** A table longer than this is shown by its first {@link #HEAD} rows: the notebook stays readable (pandas would cut it at 500). */
    static final int LONG_TABLE = 100;
    static final int HEAD = 20;

    private final TopicSpec topic;
    private final PublishedReader reader;
    private final List<Figure> figures;
    private final Map<String, byte[]> pngs;

    TopicNotebook(TopicSpec topic, PublishedReader reader, List<Figure> figures, Map<String, byte[]> pngs) {
        this.topic = topic;
        this.reader = reader;
        this.figures = figures.stream().filter(f -> f.topic().equals(topic.id())).toList();
        this.pngs = pngs;
    }

    Notebook build(String setup) {
        Notebook nb = new Notebook(topic.id());
        nb.markdown(intro());
        nb.code(setup);
        for (AnswerSpec a : topic.answers()) {
            answer(nb, a);
        }
        for (FigureSpec f : topic.figures()) {
            figure(nb, f);
        }
        if (!topic.caveats().isEmpty()) {
            StringBuilder c = new StringBuilder("## Caveats\n\n");
            topic.caveats().forEach(x -> c.append("- ").append(md(x)).append('\n'));
            nb.markdown(c.toString());
        }
        nb.markdown(sources());
        return nb;
    }

    private String intro() {
        StringBuilder b = new StringBuilder("# ").append(md(topic.heading())).append("\n\n**The question:** ")
                .append(md(topic.question())).append("\n\n");
        if (!topic.intro().isEmpty()) {
            b.append(md(topic.intro())).append("\n\n");
        }
        if (!topic.answers().isEmpty()) {
            b.append("The answer tables this notebook loads, each answering one question:\n\n");
            for (AnswerSpec a : topic.answers()) {
                b.append("- `").append(reader.spec(a.id()).path()).append("`: ").append(md(a.title())).append(" (one row is ")
                        .append(md(a.rowIs())).append(")\n");
            }
            b.append('\n');
        }
        if (!figures.isEmpty()) {
            b.append("What the data show:\n\n");
            figures.forEach(f -> b.append("- ").append(md(f.title())).append('\n'));
            b.append('\n');
        }
        return b.append(PIPELINE_FIGURE).toString();
    }

    private void answer(Notebook nb, AnswerSpec a) {
        TableSpec spec = reader.spec(a.id());
        List<String> columns = NotebookColumns.of(a, spec);
        List<PublishedRow> rows = reader.read(a.id()).rows();
        boolean longTable = rows.size() > LONG_TABLE;
        nb.markdown("## " + md(a.title()) + "\n\nOne row is " + md(a.rowIs()) + ". The preferred figure of each cell comes "
                + "with its qualifier and source; the table in `datasets/clean/" + spec.path() + "` also has each cell's bounds, "
                + "the range across sources and the observation it comes from."
                + (longTable ? " It has " + rows.size() + " rows; the first " + HEAD + " are shown (the figures below select theirs)." : ""));
        nb.code(a.id() + " = read_csv(" + py(spec.path()) + ")\n" + a.id() + "[" + pyList(columns) + "]"
                        + (longTable ? ".head(" + HEAD + ")" : ""),
                frame(longTable ? rows.subList(0, HEAD) : rows, columns));
    }

    private void figure(Notebook nb, FigureSpec f) {
        TableSpec spec = reader.spec(f.from());
        List<String> columns = NotebookColumns.of(f, spec);
        List<Figure> drawn = figures.stream().filter(g -> g.spec().equals(f.id())).toList();
        String heading = drawn.size() == 1 ? drawn.get(0).title() : f.id();
        nb.markdown("## " + md(heading) + "\n\n" + md(drawn.isEmpty() ? f.caption() : drawn.get(0).caption())
                + "\n\nThe rows of `" + spec.path() + "` this chart draws, selected as the report selects them:");
        String table = "rows";
        nb.code(table + " = read_csv(" + py(spec.path()) + ")\n" + table + " = " + PandasFilter.apply(table, f.select())
                + "\n" + table + "[" + pyList(columns) + "]", frame(reader.read(f.from()).filter(r -> f.selects(r.cells())), columns));
        for (Figure g : drawn) {
            byte[] png = pngs.get(g.png());
            if (png != null) {
                nb.code(chartCall(f, g), png, FIGURE_TEXT);
            }
        }
    }

    private String chartCall(FigureSpec f, Figure g) {
        String title = py(g.title().length() > 110 ? g.title().substring(0, 107) + "…" : g.title());
        return switch (f.kind()) {
            case "by_year" -> "year_chart(rows[" + py(f.text("x", "period_start")) + "].str[:4], {" + series(f) + "}, " + title
                    + ", " + py(f.text("y_title", "people")) + ")";
            case "rows" -> "rows_chart(labels(rows, " + py(f.text("label", "{geography}")) + "), {" + series(f) + "}, " + title
                    + ", " + py(f.text("x_title", "people")) + ", " + (stacked(f) ? "True" : "False") + ")";
            case "by_day" -> "day_chart(rows[" + py(f.text("x", "date")) + "], {" + series(f) + "}, " + title + ", "
                    + py(f.text("y_title", "people")) + ")";
            case "timeline" -> "timeline_chart(rows, " + title + ")";
            case "map" -> "map_chart(rows, " + py(f.text("size", "value")) + ", " + title + ")";
            case "reconciliation" -> "concept = rows[rows[\"observation_id\"].isin(" + pyList(g.cited().stream()
                    .map(Figure.Cited::rowId).toList()) + ")].reset_index(drop=True)\nrange_chart(list(concept[\"source_id\"]), concept, "
                    + title + ", " + py(f.text("x_title", "people")) + ")";
            default -> "range_chart(labels(rows, " + py(f.text("label", "{source} · {period}")) + "), rows, " + title + ", "
                    + py(f.text("x_title", "people")) + ")";
        };
    }

    private static String series(FigureSpec f) {
        StringBuilder b = new StringBuilder();
        for (String option : List.of("bars", "points")) {
            Yaml.Node n = f.option(option);
            if (n == null) {
                continue;
            }
            for (Yaml.Node s : n.list()) {
                Map<String, Yaml.Node> m = s.mapping();
                String column = m.get("column").text();
                b.append(b.length() == 0 ? "" : ", ").append(py(m.containsKey("label") ? m.get("label").text() : column))
                        .append(": rows[").append(py(column)).append("]");
            }
        }
        return b.toString();
    }

    private static boolean stacked(FigureSpec f) {
        Yaml.Node n = f.option("bars");
        return n != null && n.list().stream().anyMatch(s -> s.mapping().containsKey("stack") && s.mapping().get("stack").text().equals("true"));
    }

    static Frame frame(List<PublishedRow> rows, List<String> columns) {
        return new Frame(columns, Set.of(), rows.stream().map(r -> r.values(columns)).toList());
    }

    private String sources() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Figure f : figures) {
            f.cited().forEach(c -> counts.merge(c.sourceId(), 1, Integer::sum));
        }
        StringBuilder b = new StringBuilder("## Sources\n\nEvery row above names its source and the place in it (`locator`); "
                + "the full register is `datasets/clean/" + reader.spec("sources").path() + "`.\n\n");
        Set<String> ids = new TreeSet<>(counts.keySet());
        for (String id : ids) {
            PublishedRow s = reader.read("sources").stream().filter(r -> r.text("source_id").equals(id)).findFirst().orElse(null);
            if (s == null) {
                continue;
            }
            String label = s.text("label").isEmpty() ? id : s.text("label");
            b.append("- ").append(NotebookText.safeLink(s.text("url"), label)).append(": ").append(md(s.text("title")))
                    .append(" (").append(md(s.text("reliability"))).append(" source; ").append(counts.get(id))
                    .append(counts.get(id) == 1 ? " figure" : " figures").append(" here)\n");
        }
        return b.toString();
    }
}
