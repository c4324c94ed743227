package org.repstat.importing.gulag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.repstat.io.InputException;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * What each of the file's 120 columns holds, read from {@code columns.csv}: a column's role says which table and
 * field its cells go to. An unnamed column ("spill") belongs to the named column before it and its cells are
 * flagged as spilled.
 */
public final class ColumnPlan {

    static final List<String> HEADER = List.of("column", "name_as_printed", "role");

    /**
     * One column. {@code kind} is the role before the first ':' (people, year, latitude, text …), {@code arg} the
     * rest ("1938", "year_created", "moved:2"); for a spill column both come from its owner.
     */
    public record Column(int position, String name, String kind, String arg, boolean spilled, String ownerName) {
        public String label() {
            return position + " (" + (name.isEmpty() ? "unnamed, after " + ownerName : name) + ")";
        }
    }

    private final List<Column> columns;

    private ColumnPlan(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public static ColumnPlan read(Path file) {
        List<Column> columns = new ArrayList<>();
        Column owner = null;
        for (RawRow row : RawTable.read(file, HEADER).rows()) {
            int position = Integer.parseInt(row.required("column"));
            if (position != columns.size() + 1) {
                throw row.error("column", "expected column " + (columns.size() + 1) + ", found " + position);
            }
            String name = row.text("name_as_printed");
            String role = row.required("role");
            if (role.equals("spill")) {
                if (owner == null || !name.isEmpty()) {
                    throw row.error("role", "expected an unnamed column after a named one for role 'spill'");
                }
                columns.add(new Column(position, name, owner.kind(), owner.arg(), true, owner.name()));
            } else {
                int colon = role.indexOf(':');
                Column c = new Column(position, name, colon < 0 ? role : role.substring(0, colon),
                        colon < 0 ? "" : role.substring(colon + 1), false, name);
                columns.add(c);
                owner = c;
            }
        }
        return new ColumnPlan(columns);
    }

    public List<Column> columns() {
        return columns;
    }

    /** The file's header must be the plan's, cell for cell: a new or moved column must be planned, not guessed. */
    public void verifyHeader(Path dataFile, List<String> header) {
        for (int i = 0; i < Math.max(header.size(), columns.size()); i++) {
            String want = i < columns.size() ? columns.get(i).name() : "(no column)";
            String got = i < header.size() ? header.get(i) : "(no column)";
            if (!want.equals(got)) {
                throw new InputException(dataFile, 1, String.valueOf(i + 1),
                        "expected header '" + want + "' as planned in columns.csv, found '" + got + "'");
            }
        }
    }
}
