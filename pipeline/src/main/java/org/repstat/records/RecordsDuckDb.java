package org.repstat.records;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * DuckDB's side of the records benchmark: runs SQL in a fresh in-process database (JDBC) and turns the grouped
 * counts it returns into the same long table as Spark's aggregate ({@link RecordAggregate#table}), so that the two
 * engines' results are compared as the tables they give, row for row.
 */
final class RecordsDuckDb {

    private RecordsDuckDb() {
    }

    /**
     * The statements of a .sql file, after {@code first}: split at a {@code ;} that ends a line, comment lines
     * dropped. Enough for the bench's own file, not a general SQL splitter.
     */
    static List<String> statements(String first, String sql) {
        List<String> out = new ArrayList<>();
        out.add(first);
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /**
     * Runs every statement in order; the last one returns the columns of {@link RecordAggregate#SQL}. The records
     * are SYNTHETIC (the bench makes them), and the table says so. {@code version[0]} gets DuckDB's version.
     */
    static List<List<String>> table(List<String> statements, String label, String[] version) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("SET memory_limit = '" + RecordsBench.DUCKDB_MEMORY + "'");
            try (ResultSet v = st.executeQuery("SELECT version()")) {
                v.next();
                version[0] = v.getString(1);
            }
            for (String s : statements.subList(0, statements.size() - 1)) {
                st.execute(s);
            }
            List<RecordAggregate.Count> counts = new ArrayList<>();
            try (ResultSet r = st.executeQuery(statements.get(statements.size() - 1))) {
                while (r.next()) {
                    counts.add(new RecordAggregate.Count(RecordAggregate.num(r.getObject(1)), RecordAggregate.num(r.getObject(2)),
                            RecordAggregate.num(r.getObject(3)), RecordAggregate.num(r.getObject(4)), integer(r.getObject(5)),
                            integer(r.getObject(6)), r.getString(7), r.getString(8), r.getString(9), integer(r.getObject(10)),
                            r.getLong(11)));
                }
            }
            return RecordAggregate.table(counts, label, true);
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed: " + e.getMessage(), e);
        }
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
