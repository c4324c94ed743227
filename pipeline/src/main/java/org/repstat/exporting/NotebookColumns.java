package org.repstat.exporting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.repstat.io.Yaml;
import org.repstat.published.TableSpec;
import org.repstat.topics.AnswerSpec;
import org.repstat.topics.FigureSpec;

/**
 * Which columns a notebook shows for a figure's rows or an answer table: the ones a reader needs to read the chart
 * (its key, its values with their qualifiers, their sources), never the whole width of a wide table.
 */
final class NotebookColumns {

    private NotebookColumns() {
    }

    static List<String> of(FigureSpec f, TableSpec table) {
        Set<String> wanted = new LinkedHashSet<>();
        switch (f.kind()) {
            case "by_year" -> {
                wanted.add(f.text("x", "period_start"));
                wanted.add("period_end");
                for (String c : seriesColumns(f)) {
                    wanted.add(c);
                    wanted.add(c + "_qualifier");
                    wanted.add(c + "_source");
                }
            }
            case "rows" -> {
                table.primaryKey().forEach(k -> wanted.add(k + "_label"));
                wanted.addAll(placeholders(f.text("label", "{geography}")));
                for (String c : seriesColumns(f)) {
                    wanted.add(c);
                    wanted.add(c + "_source");
                }
                wanted.add(f.text("sort_by", ""));
            }
            case "by_day" -> {
                wanted.add(f.text("x", "date"));
                wanted.addAll(seriesColumns(f));
            }
            case "map" -> {
                wanted.addAll(placeholders(f.text("label", "{geography}")));
                wanted.add(f.text("size", ""));
                wanted.add(f.text("size", "") + "_qualifier");
                wanted.addAll(List.of("latitude", "longitude"));
            }
            case "timeline" -> wanted.addAll(List.of("date_start", "date_end", "event_type", "description", "source_id"));
            case "reconciliation" -> wanted.addAll(List.of("concept_label", "source_id", "value", "qualifier", "lower", "upper",
                    "reliability", "median_of_sources"));
            default -> wanted.addAll(List.of("measure", "scope", "period_start", "period_end", "value", "qualifier", "lower",
                    "upper", "source", "source_id", "reliability"));
        }
        Yaml.Node extra = f.option("columns");
        if (extra != null) {
            extra.list().forEach(c -> wanted.add(c.mapping().get("column").text()));
        }
        return keep(wanted, table);
    }

    /** The columns a label template names ({name} → name); computed fields such as {source} are kept only where a column has that name. */
    private static List<String> placeholders(String template) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([a-z0-9_]+)}").matcher(template);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static List<String> of(AnswerSpec a, TableSpec table) {
        if (a.shape().equals("derived")) {
            return derived(table);
        }
        if (!a.shape().equals("wide")) {
            return table.header();
        }
        Set<String> wanted = new LinkedHashSet<>(a.rows());
        a.rows().forEach(k -> wanted.add(k + "_label"));
        for (AnswerSpec.Column c : a.columns()) {
            wanted.add(c.id());
            wanted.add(c.id() + "_qualifier");
            wanted.add(c.id() + "_source");
        }
        return keep(wanted, table);
    }

    /**
     * A derived table's columns as a reader needs them to read it: its own, without the bookkeeping each figure carries
     * beside it (reliability, observation id, how many sources, the cell as printed, locators and links), which stay
     * in the CSV. Keeps the printed table narrower than pandas' display width.
     */
    private static List<String> derived(TableSpec table) {
        List<String> drop = List.of("_reliability", "_observation_id", "_sources", "_as_printed", "_parts", "_period");
        return table.header().stream().filter(c -> drop.stream().noneMatch(c::endsWith))
                .filter(c -> !List.of("reliability", "source_id", "locator", "reference_url", "cited_source_id", "rule", "input_sha256").contains(c)).toList();
    }

    private static List<String> seriesColumns(FigureSpec f) {
        List<String> out = new ArrayList<>();
        for (String option : List.of("bars", "points")) {
            Yaml.Node n = f.option(option);
            if (n != null) {
                for (Yaml.Node s : n.list()) {
                    out.add(s.mapping().get("column").text());
                }
            }
        }
        return out;
    }

    private static List<String> keep(Set<String> wanted, TableSpec table) {
        return wanted.stream().filter(c -> table.header().contains(c)).toList();
    }
}
