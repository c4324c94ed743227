package org.repstat.io;

/** How numbers are written in a raw file; declared per file in the import manifest, never guessed. */
public enum NumberSyntax {
    /** Digits only, optional minus and decimal point. */
    PLAIN,
    /** Also "12,000": a comma groups thousands. */
    COMMA_THOUSANDS;

    public static NumberSyntax fromId(String id) {
        return switch (id) {
            case "plain" -> PLAIN;
            case "comma_thousands" -> COMMA_THOUSANDS;
            default -> throw new IllegalArgumentException("expected plain or comma_thousands, found '" + id + "'");
        };
    }
}
