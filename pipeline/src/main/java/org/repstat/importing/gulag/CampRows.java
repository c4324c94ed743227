package org.repstat.importing.gulag;

import java.math.BigDecimal;
import org.repstat.provenance.QualifiedValue;

/** The long rows the camps file turns into, each with the line and column of the cell it came from. */
public final class CampRows {

    private CampRows() {
    }

    /** One place a camp's administration was (order 1 = the first dislocation). */
    public record Location(int campId, int order, String place, BigDecimal latitude, BigDecimal longitude,
                           Integer yearMoved, String coordinatesAsPrinted, String note, long line) {
    }

    /**
     * One figure for one camp and year. {@code part} numbers the figures of a cell that prints several;
     * {@code inYearlySum} marks the one figure per camp, year and measure that sums and charts use.
     */
    public record Population(int campId, int year, String measure, int part, QualifiedValue value, String cellRule,
                             String asPrinted, int column, String columnName, String spilledFrom, long line,
                             String note, boolean inYearlySum) {
        public Population withInYearlySum(boolean in) {
            return new Population(campId, year, measure, part, value, cellRule, asPrinted, column, columnName,
                    spilledFrom, line, note, in);
        }
    }

    /** One branch of work of a camp, in the source's words. */
    public record Activity(int campId, String branch, String description, int column, long line) {
    }

    /** A cell kept as text: a description, a merger, a note, a sentence that spilled into an unnamed column. */
    public record Text(int campId, int column, String columnName, String spilledFrom, String cellRule, String text,
                       long line) {
    }

    /** A cell no rule could use, with the rule that said so and why. */
    public record Reject(String file, long line, int column, String columnName, String cell, String rule,
                         String reason) {
    }
}
