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
                for (String c : seriesColumns(f)) {
                    wanted.add(c);
                    wanted.add(c + "_source");
                }
                wanted.add(f.text("sort_by", ""));
            }
            case "timeline" -> wanted.addAll(List.of("date_start", "date_end", "event_type", "description", "source_id"));
            case "reconciliation" -> wanted.addAll(List.of("concept_label", "source_id", "value", "qualifier", "lower", "upper",
                    "reliability", "median_of_sources"));
            default -> wanted.addAll(List.of("measure", "scope", "period_start", "period_end", "value", "qualifier", "lower",
                    "upper", "source", "source_id", "reliability"));
        }
        return keep(wanted, table);
    }

    static List<String> of(AnswerSpec a, TableSpec table) {
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
