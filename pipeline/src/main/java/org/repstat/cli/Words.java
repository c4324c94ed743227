package org.repstat.cli;

/** Counts as people read them: "1 row", "2 rows". */
final class Words {

    private Words() {
    }

    /** {@code n} and the noun, plural unless n is 1 (for the regular nouns the CLI counts). */
    static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
