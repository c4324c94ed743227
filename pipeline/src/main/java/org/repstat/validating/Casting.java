package org.repstat.validating;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a Table Schema field type reads a cell, as the Frictionless specification gives it for the types the package
 * uses: integer (optional sign, digits), number (decimal with optional exponent, or NaN, INF, -INF), boolean (the
 * default true and false values) and string (any text). A type the package does not use is refused when the schema
 * is read, not guessed at.
 */
final class Casting {

    static final List<String> TYPES = List.of("string", "integer", "number", "boolean");

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|NaN|INF|-INF");
    private static final List<String> TRUE = List.of("true", "True", "TRUE", "1");
    private static final List<String> FALSE = List.of("false", "False", "FALSE", "0");

    private Casting() {
    }

    /** Null when the cell reads as the type, else what was expected. */
    static String problem(String type, String cell) {
        return switch (type) {
            case "integer" -> INTEGER.matcher(cell).matches() ? null : "an integer";
            case "number" -> NUMBER.matcher(cell).matches() ? null : "a number";
            case "boolean" -> TRUE.contains(cell) || FALSE.contains(cell) ? null : "a boolean (true or false)";
            default -> null;
        };
    }
}
