package org.repstat.charting;

import java.util.ArrayList;
import java.util.List;

/** The numbers behind a chart as text: a header and rows of already formatted cells. */
public record DataTable(List<String> header, List<List<String>> rows) {

    public DataTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("row " + r + " has " + r.size() + " cells, header " + header.size());
            }
        }
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();

        public Builder(String... header) {
            this.header = List.of(header);
        }

        public Builder row(String... cells) {
            rows.add(List.of(cells));
            return this;
        }

        public DataTable build() {
            return new DataTable(header, rows);
        }
    }
}
