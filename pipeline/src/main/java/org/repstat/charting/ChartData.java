package org.repstat.charting;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;
import org.repstat.topics.FigureSpec;

/**
 * The published tables as the chart stage reads them, through the one {@link PublishedReader}: the rows a figure
 * selects, and the labels people read beside them (a source's citation label, a measure's or region's name), so no
 * chart shows an id where a name exists.
 */
public final class ChartData {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+)}");

    private final PublishedReader reader;
    private final Palette palette;
    private final Path home;
    private final Map<String, PublishedRow> sources = new HashMap<>();
    private final Map<String, Map<String, PublishedRow>> terms = new HashMap<>();
    private Map<String, PublishedRow> observations;
    private Pattern ids;
    private FigureTrace trace;

    public ChartData(PublishedReader reader, Palette palette, Path home) {
        this.reader = reader;
        this.palette = palette;
        this.home = home;
        reader.read("sources").forEach(r -> sources.put(r.text("source_id"), r));
        for (String kind : List.of("measures", "scopes", "geographies", "event_types")) {
            Map<String, PublishedRow> m = new HashMap<>();
            reader.read(kind).forEach(r -> m.put(r.text("id"), r));
            terms.put(kind, m);
        }
    }

    /**
     * The published tables, unwatched: a figure built while reading them this way cannot say which cells it drew
     * from, so it is drawn anew on every run (see {@link #table} and {@link #spec} for what kinds use instead).
     */
    public PublishedReader reader() {
        if (trace != null) {
            trace.untraceable();
        }
        return reader;
    }

    /** Every row of a published table, for a figure that weighs them all. */
    public org.repstat.published.PublishedRows table(String name) {
        org.repstat.published.PublishedRows rows = reader.read(name);
        if (trace != null) {
            rows.forEach(r -> trace.row("table", r));
        }
        return rows;
    }

    /** A published table's declaration (its columns), which is code, not data. */
    public org.repstat.published.TableSpec spec(String name) {
        return reader.spec(name);
    }

    public Palette palette() {
        if (trace != null) {
            trace.note("palette", palette.toString());
        }
        return palette;
    }

    /** A file under {@code datasets/raw/} that a figure draws (the map's outline). */
    Path rawFile(String relative) {
        Path file = home.resolve("datasets/raw").resolve(relative);
        if (trace != null) {
            trace.bytes("file " + relative, org.repstat.io.InputFiles.read(file));
        }
        return file;
    }

    /** Starts watching what the build of one figure declaration reads. */
    void watch(FigureTrace t) {
        this.trace = t;
    }

    /** Stops watching; the trace's key is the declaration's render key. */
    FigureTrace unwatch() {
        FigureTrace t = trace;
        trace = null;
        return t;
    }

    /** The rows a figure selects from its table, in file order. */
    public List<PublishedRow> rows(FigureSpec f) {
        List<PublishedRow> rows = reader.read(f.from()).stream().filter(r -> f.selects(r.cells())).toList();
        if (trace != null) {
            rows.forEach(r -> trace.row("selected", r));
        }
        return rows;
    }

    /** An observation by its id (null if none): where an answer table's cell comes from. */
    public PublishedRow observation(String id) {
        if (observations == null) {
            Map<String, PublishedRow> m = new HashMap<>();
            reader.read("observations").forEach(r -> m.put(r.text("observation_id"), r));
            observations = m;
        }
        PublishedRow o = observations.get(id);
        if (trace != null) {
            trace.note("observation", id);
            trace.row("observation", o);
        }
        return o;
    }

    /**
     * The published observations behind a cell: the row itself when it is an observation, else the ids in the
     * answer table's {@code <column>_observation_id} (two for a computed sum).
     */
    public List<Figure.Cited> cited(PublishedRow row, String column) {
        if (!row.has("observation_id") && !row.has(column + "_observation_id") && row.has("source_id") && row.has("locator")) {
            return ownSource(row);
        }
        if (!row.has("observation_id") && row.has("source_id") && row.has("input_sha256")) {
            // a count over a whole list of people: no one place in the source, the whole list, pinned by its bytes
            return List.of(new Figure.Cited(row.spec().name() + ":" + String.join(":", row.values(row.spec().primaryKey())),
                    row.text("source_id"), "the whole list, counted by the rules of datasets/records/ (every file of it pinned by its SHA-256 in "
                    + "the list's files.csv, beside its SOURCE.md)"));
        }
        String ids = row.has("observation_id") ? row.text("observation_id") : row.text(column + "_observation_id");
        List<Figure.Cited> out = new java.util.ArrayList<>();
        for (String id : ids.split(" \\+ ")) {
            PublishedRow o = id.isEmpty() ? null : observation(id.strip());
            if (o != null) {
                out.add(new Figure.Cited(o.text("observation_id"), o.text("source_id"), o.text("locator")));
            }
        }
        return out;
    }

    /**
     * A row that names its own source and place in it (a table derived from a source file's cells, such as the camps
     * file's): cited as it stands, each of its locators (several joined by ' + '), and the work it cites
     * ({@code cited_source_id}, {@code reference_url}) where it names one.
     */
    private List<Figure.Cited> ownSource(PublishedRow row) {
        String id = row.spec().name() + ":" + String.join(":", row.values(row.spec().primaryKey()));
        List<Figure.Cited> out = new java.util.ArrayList<>();
        for (String locator : row.text("locator").split(" \\+ ")) {
            out.add(new Figure.Cited(id, row.text("source_id"), locator.strip()));
        }
        if (!row.text("cited_source_id").isEmpty()) {
            out.add(new Figure.Cited(id, row.text("cited_source_id"), "page " + row.text("reference_url")
                    + " (cited by " + sourceLabel(row.text("source_id")) + ")"));
        }
        return out;
    }

    /**
     * Text from the data as people read it: every register id in it (a check's subject, a note that names a source)
     * replaced by that source's citation label.
     */
    public String readable(String text) {
        if (text.isEmpty()) {
            return text;
        }
        if (ids == null) {
            List<String> sorted = sources.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()
                    .thenComparing(java.util.Comparator.naturalOrder())).map(Pattern::quote).toList();
            ids = Pattern.compile("(?<![\\w-])(" + String.join("|", sorted) + ")(?![\\w-])");
        }
        Matcher m = ids.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(sourceLabel(m.group(1))));
        }
        m.appendTail(out);
        if (trace != null) {
            trace.note("readable " + text, out.toString());
        }
        return out.toString();
    }

    /** A table with {@link #readable} applied to every cell. */
    public DataTable readable(DataTable t) {
        return new DataTable(t.header(), t.rows().stream().map(r -> r.stream().map(this::readable).toList()).toList());
    }

    public String sourceLabel(String id) {
        PublishedRow s = source(id);
        if (s == null) {
            return id;
        }
        return s.text("label").isEmpty() ? id : s.text("label");
    }

    public String reliability(String sourceId) {
        PublishedRow s = source(sourceId);
        return s == null ? "" : s.text("reliability");
    }

    public PublishedRow source(String id) {
        PublishedRow s = sources.get(id);
        if (trace != null) {
            trace.note("source", id);
            trace.row("source", s);
        }
        return s;
    }

    public String label(String kind, String id) {
        PublishedRow t = terms.getOrDefault(kind, Map.of()).get(id);
        if (trace != null) {
            trace.note(kind, id);
            trace.row(kind, t);
        }
        return t == null ? id : t.text("label");
    }

    public String measure(String id) {
        return label("measures", id);
    }

    public String scope(String id) {
        return label("scopes", id);
    }

    public String geography(String id) {
        return label("geographies", id);
    }

    /** A row's period as a reader writes it: "1937–1938", "1937", or "period not stated". */
    public static String period(String start, String end) {
        if (start.isEmpty() && end.isEmpty()) {
            return "period not stated";
        }
        if (start.equals(end) || end.isEmpty()) {
            return start;
        }
        return (start.isEmpty() ? "…" : start) + "–" + end;
    }

    /**
     * Fills a label template: {column} is the row's cell; {source}, {scope}, {measure}, {geography} are the labels
     * people read; {period} the period in words; {reliability} the source's grade.
     */
    public String fill(String template, PublishedRow row) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(field(m.group(1), row)));
        }
        m.appendTail(out);
        return out.toString();
    }

    String field(String name, PublishedRow row) {
        return switch (name) {
            case "source" -> row.has("source") ? row.text("source") : sourceLabel(row.text("source_id"));
            case "scope" -> row.has("scope_label") ? row.text("scope_label") : scope(row.text("scope"));
            case "measure" -> row.has("measure_label") ? row.text("measure_label") : measure(row.text("measure"));
            case "geography" -> row.has("geography_label") ? row.text("geography_label") : geography(row.text("geography"));
            case "period" -> period(row.text("period_start"), row.text("period_end"));
            case "reliability" -> row.has("reliability") ? row.text("reliability") : reliability(row.text("source_id"));
            default -> row.text(name);
        };
    }
}
