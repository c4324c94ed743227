package org.repstat.validating;

/**
 * One way the published package departs from its own description, located as Frictionless locates it: the
 * resource, the row (the header is row 1, as in Frictionless reports; 0 for the resource as a whole) and the field.
 */
public record Problem(String resource, long row, String field, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("[").append(resource).append("] ");
        if (row > 0) {
            s.append("row ").append(row);
        }
        if (field != null) {
            s.append(row > 0 ? ", " : "").append("field ").append(field);
        }
        return s.append(row > 0 || field != null ? ": " : "").append(message).toString();
    }
}
