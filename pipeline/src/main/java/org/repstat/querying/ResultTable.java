package org.repstat.querying;

import java.util.ArrayList;
import java.util.List;
import org.repstat.published.Field;
import org.repstat.published.TableSpec;

/**
 * What a query gives: named, typed columns and rows of cells as published text (numbers in plain digits, missing
 * as empty). Every output format is written from this, so they cannot disagree on a value.
 *
 * @param types one of {@code string}, {@code number}, {@code integer}, {@code boolean} per column: the Table
 *              Schema type of the published field it comes from
 */
public record ResultTable(String name, List<String> columns, List<String> types, List<List<String>> rows) {

    public ResultTable {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        rows = List.copyOf(rows);
        if (columns.size() != types.size()) {
            throw new IllegalArgumentException("a type for each column: " + columns + " / " + types);
        }
    }

    /** The type of each of {@code columns} in a published table; a column the table lacks is text. */
    public static List<String> types(TableSpec spec, List<String> columns) {
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            out.add(spec.fields().stream().filter(f -> f.name().equals(c)).map(Field::type).findFirst().orElse("string"));
        }
        return out;
    }

    public boolean numeric(int column) {
        return types.get(column).equals("number") || types.get(column).equals("integer");
    }
}
