package org.repstat.checking;

import java.util.Locale;

/** What a failed check does to a run: an error fails it (exit 1), a warning is reported and the run goes on. */
public enum Severity {
    ERROR, WARNING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
