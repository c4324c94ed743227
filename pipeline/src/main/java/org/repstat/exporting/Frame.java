package org.repstat.exporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small table as the notebook's pandas code builds it, rendered the way pandas 1.5 shows a DataFrame (its
 * {@code text/plain} repr and its {@code _repr_html_}), so a notebook's pre-filled output is what running the cell
 * prints. The slow test runs every notebook and compares the two texts. Cells are strings already formatted as
 * pandas formats them; {@code null} is a missing value (pandas shows {@code <NA>}). Row labels are 0..n-1 (the
 * notebooks reset the index).
 */
public record Frame(List<String> columns, Set<String> numeric, List<List<String>> rows) {

    public static final String NA = "<NA>";

    /** {@code numeric}: the columns pandas holds as numbers (their header gets the same leading place as values). */
    public Frame {
        columns = List.copyOf(columns);
        numeric = Set.copyOf(numeric);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, frame has " + columns.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
    }

    /** The text pandas prints for the frame (display.width and max_* options set wide enough never to truncate). */
    public String text() {
        if (rows.isEmpty()) {
            return "Empty DataFrame\nColumns: [" + String.join(", ", columns) + "]\nIndex: []";
        }
        List<List<String>> blocks = new ArrayList<>();
        List<String> index = new ArrayList<>();
        index.add("");
        for (int i = 0; i < rows.size(); i++) {
            index.add(Integer.toString(i));
        }
        blocks.add(pad(index, false));
        for (int c = 0; c < columns.size(); c++) {
            List<String> cells = new ArrayList<>();
            cells.add((numeric.contains(columns.get(c)) ? " " : "") + columns.get(c));
            for (List<String> row : rows) {
                String v = row.get(c);
                cells.add(" " + (v == null ? NA : shown(v))); // pandas leaves one place before every value (for a sign)
            }
            blocks.add(pad(cells, true));
        }
        StringBuilder out = new StringBuilder();
        for (int line = 0; line <= rows.size(); line++) {
            if (line > 0) {
                out.append('\n');
            }
            for (int b = 0; b < blocks.size(); b++) {
                if (b > 0) {
                    out.append(' ');
                }
                out.append(blocks.get(b).get(line));
            }
        }
        return out.toString();
    }

    /** The HTML pandas shows in a notebook, cells HTML-escaped and stripped of surrounding spaces as pandas does. */
    public String html() {
        StringBuilder out = new StringBuilder();
        out.append("<div>\n<style scoped>\n    .dataframe tbody tr th:only-of-type {\n        vertical-align: middle;\n    }\n\n")
                .append("    .dataframe tbody tr th {\n        vertical-align: top;\n    }\n\n")
                .append("    .dataframe thead th {\n        text-align: right;\n    }\n</style>\n")
                .append("<table border=\"1\" class=\"dataframe\">\n  <thead>\n    <tr style=\"text-align: right;\">\n      <th></th>\n");
        for (String column : columns) {
            out.append("      <th>").append(escape(column).strip()).append("</th>\n");
        }
        out.append("    </tr>\n  </thead>\n  <tbody>\n");
        for (int i = 0; i < rows.size(); i++) {
            out.append("    <tr>\n      <th>").append(i).append("</th>\n");
            for (String v : rows.get(i)) {
                out.append("      <td>").append(escape(v == null ? NA : shown(v)).strip()).append("</td>\n");
            }
            out.append("    </tr>\n");
        }
        out.append("  </tbody>\n</table>\n</div>");
        return out.toString();
    }

    /** pandas prints a tab, carriage return or line break inside a cell as {@code \t}, {@code \r}, {@code \n}. */
    static String shown(String v) {
        return v.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }

    /** pandas escapes {@code & < >} in cells and headers (not quotes). */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<String> pad(List<String> cells, boolean right) {
        int width = 0;
        for (String s : cells) {
            width = Math.max(width, s.codePointCount(0, s.length()));
        }
        List<String> out = new ArrayList<>();
        for (String s : cells) {
            String fill = " ".repeat(width - s.codePointCount(0, s.length()));
            out.add(right ? fill + s : s + fill);
        }
        return out;
    }
}
