package org.repstat.checking;

import java.util.Locale;

/**
 * The outcome of one check on one subject. {@code EXPLAINED} is a failure the known-disagreements register
 * accounts for (a different scope, period, counting unit): reported, never hidden, and it does not fail the run.
 */
public enum CheckStatus {
    PASS, WARN, FAIL, EXPLAINED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
