package org.repstat.charting;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repstat.io.Yaml;
import org.repstat.topics.FigureSpec;

/**
 * One layer of bars or points a figure declares: the column it draws, the words of its legend, the measure whose
 * colour it takes, and an optional highlight (years drawn darker, with their own legend words).
 */
record Series(String column, String label, String measure, Integer highlightFrom, Integer highlightTo,
              String highlightLabel, boolean stack) {

    static List<Series> of(FigureSpec spec, String option) {
        Yaml.Node n = spec.option(option);
        List<Series> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (Yaml.Node s : n.list()) {
            Map<String, Yaml.Node> f = s.mapping();
            Integer from = null;
            Integer to = null;
            String hl = null;
            if (f.containsKey("highlight")) {
                Map<String, Yaml.Node> h = f.get("highlight").mapping();
                from = year(Yaml.required(f.get("highlight"), h, "from"));
                to = year(Yaml.required(f.get("highlight"), h, "to"));
                hl = Yaml.required(f.get("highlight"), h, "label").text();
            }
            String column = Yaml.required(s, f, "column").text();
            out.add(new Series(column, Yaml.text(f, "label", column.replace('_', ' ')), Yaml.text(f, "measure", ""),
                    from, to, hl, f.containsKey("stack") && f.get("stack").text().equals("true")));
        }
        return out;
    }

    private static int year(Yaml.Node n) {
        try {
            return Integer.parseInt(n.text());
        } catch (NumberFormatException e) {
            throw n.error("expected a year, found '" + n.text() + "'");
        }
    }

    Color colour(Palette palette, int index) {
        return palette.of(measure.isEmpty() ? column : measure, index);
    }

    boolean highlights(int year) {
        return highlightFrom != null && year >= highlightFrom && year <= highlightTo;
    }
}
