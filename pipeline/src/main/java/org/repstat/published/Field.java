package org.repstat.published;

import java.util.List;

/**
 * One column of a published table, described once: the CSV header, the Table Schema in {@code datapackage.json}
 * and the codebook all come from this.
 */
public record Field(String name, String type, String description, boolean required, List<String> allowed,
                    String pattern) {

    public static Field string(String name, String description) {
        return new Field(name, "string", description, false, List.of(), null);
    }

    public static Field required(String name, String description) {
        return new Field(name, "string", description, true, List.of(), null);
    }

    public static Field number(String name, String description) {
        return new Field(name, "number", description, false, List.of(), null);
    }

    public static Field integer(String name, String description, boolean required) {
        return new Field(name, "integer", description, required, List.of(), null);
    }

    public Field oneOf(List<String> values) {
        return new Field(name, type, description, required, List.copyOf(values), pattern);
    }

    public Field matching(String regex) {
        return new Field(name, type, description, required, allowed, regex);
    }

    public Field asRequired() {
        return new Field(name, type, description, true, allowed, pattern);
    }
}
