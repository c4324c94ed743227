package org.repstat.importing;

/**
 * How one import job accounted for its input: every row (or cell, for wide tables) read is either published
 * or rejected with a reason. {@code in == out + rejected} is checked, not assumed.
 */
public record RowAccount(String job, String file, String unit, long in, long out, long rejected) {

    public boolean balances() {
        return in == out + rejected;
    }
}
