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
     * Every role the importer knows, with the argument it takes: a year column's year (the file covers 1923–1960),
     * a dislocation's number (the file has four), a camp field's name. A role outside this grammar would otherwise
     * surface as a crash or as "no rule takes this cell" blamed on the data file.
     */
    static final String ROLES = "camp_id, name, name_en, alt_name, type, link, activity, max_people, max_people_date, "
            + "text, text:year_closed_note, spill, people:<year 1900–1999>, latitude:<1–4>, longitude:<1–4>, place:<1–4>, "
            + "year:year_created|year_closed|year_resumed|year_closed_2|year_resumed_2|year_closed_3|moved:<1–4>";
    private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile(
            "camp_id|name|name_en|alt_name|type|link|activity|max_people|max_people_date|text|text:year_closed_note|spill"
                    + "|people:19\\d\\d|(latitude|longitude|place):[1-4]"
                    + "|year:(year_created|year_closed|year_resumed|year_closed_2|year_resumed_2|year_closed_3|moved:[1-4])");

    /** The kinds (a role before its first ':') cell rules may name. */
    static final java.util.Set<String> KINDS = java.util.Set.of("camp_id", "name", "name_en", "alt_name", "type", "link",
            "activity", "max_people", "max_people_date", "text", "people", "latitude", "longitude", "place", "year");

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
        for (RawRow row : RawTable.read(file, HEADER).requireRows().rows()) {
            int position = row.integer("column", false);
            if (position != columns.size() + 1) {
                throw row.error("column", "expected column " + (columns.size() + 1) + ", found " + position);
            }
            String name = row.text("name_as_printed");
            String role = row.required("role");
            if (!ROLE.matcher(role).matches()) {
                throw row.error("role", "expected a role as the importer reads them (" + ROLES + "), found '" + role + "'");
            }
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
