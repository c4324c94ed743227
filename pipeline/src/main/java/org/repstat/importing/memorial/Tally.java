package org.repstat.importing.memorial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts by key, in key order, and what a published count table says about the records it does not count: each
 * table's {@code counted} (the sum of its count column), its exact copies counted apart, and the records left out
 * because a field it keys on holds text no rule reads ({@code keptAsText}) or nothing ({@code empty}). The four
 * add up to the records read; the accounts tables publish them and a check holds them to it.
 */
final class Tally {

    /** Why a record is not in a table. */
    enum Left { KEPT_AS_TEXT, EMPTY }

    private final String table;
    private final String countColumn;
    private final String copiesColumn;
    private final Map<List<String>, long[]> cells;
    private long counted;
    private long copies;
    private long keptAsText;
    private long empty;

    Tally(String table, String countColumn, String copiesColumn, Comparator<List<String>> order) {
        this.table = table;
        this.countColumn = countColumn;
        this.copiesColumn = copiesColumn;
        this.cells = new TreeMap<>(order);
    }

    /** Keys compared part by part: whole numbers by value, text as text (so 9 comes before 10). */
    static Comparator<List<String>> keys() {
        return (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                String x = a.get(i);
                String y = b.get(i);
                int c = smallNumber(x) && smallNumber(y) ? Integer.compare(Integer.parseInt(x), Integer.parseInt(y)) : x.compareTo(y);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        };
    }

    /** One to nine ASCII digits (what {@code \\d{1,9}} matches), tested without a regular expression: keys are compared often. */
    private static boolean smallNumber(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** One record counted under {@code key}; a copy goes to the copies column (slot 1), never to the count. */
    long[] add(List<String> key, boolean copy) {
        long[] c = cells.computeIfAbsent(key, k -> new long[4]);
        if (copy) {
            c[1]++;
            copies++;
        } else {
            c[0]++;
            counted++;
        }
        return c;
    }

    void leave(Left why) {
        if (why == Left.KEPT_AS_TEXT) {
            keptAsText++;
        } else {
            empty++;
        }
    }

    Map<List<String>, long[]> cells() {
        return cells;
    }

    /** The table's row of the accounts table. */
    List<String> account(long records, String sourceId, String note) {
        if (counted + copies + keptAsText + empty != records) {
            throw new IllegalStateException(table + ": " + counted + " counted + " + copies + " copies + " + keptAsText
                    + " kept as text + " + empty + " empty ≠ " + records + " records");
        }
        return new ArrayList<>(List.of(table, countColumn, copiesColumn, String.valueOf(records), String.valueOf(counted),
                String.valueOf(copies), String.valueOf(keptAsText), String.valueOf(empty), note, sourceId));
    }
}
