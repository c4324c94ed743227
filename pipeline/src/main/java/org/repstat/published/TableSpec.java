package org.repstat.published;

import java.util.List;

/**
 * A published table: its file, what one row is, its columns, key and foreign keys. The single description from
 * which the CSV header, the Table Schema and the codebook entry are produced, so they cannot drift apart.
 */
public record TableSpec(String name, String path, String title, String rowIs, List<Field> fields,
                        List<String> primaryKey, List<ForeignKey> foreignKeys) {

    /** A column whose values must exist as the key of another published table. */
    public record ForeignKey(String field, String resource, String referencedField) {
    }

    /** A table published as {@code <name>.csv}, as every table is: the file name follows from the table's name. */
    public TableSpec(String name, String title, String rowIs, List<Field> fields, List<String> primaryKey,
                     List<ForeignKey> foreignKeys) {
        this(name, name + ".csv", title, rowIs, fields, primaryKey, foreignKeys);
    }

    public List<String> header() {
        return fields.stream().map(Field::name).toList();
    }
}
