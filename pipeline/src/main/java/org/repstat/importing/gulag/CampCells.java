package org.repstat.importing.gulag;

import java.math.BigDecimal;
import java.util.List;
import org.repstat.io.InputException;
import org.repstat.io.NumberLimits;
import org.repstat.provenance.PartialDate;
import org.repstat.provenance.QualifiedValue;
import org.repstat.provenance.QualifierRule;

/**
 * How one camp row's cells become values, each refused at its own physical line and column: numbers too long for any
 * reader, coordinates out of range, years, calendar dates, and bounds a qualifier rule would cross.
 */
final class CampCells {

    private final GulagCampImport file;
    private final long line;
    private final List<String> values;

    CampCells(GulagCampImport file, long line, List<String> values) {
        this.file = file;
        this.line = line;
        this.values = values;
    }

    /** A date the calendar has: 30.02.1937 and 01.13.1937 match a rule's digits, but no day is called that. */
    PartialDate calendarDate(ColumnPlan.Column c, String iso, String cell) {
        try {
            return PartialDate.parse(iso);
        } catch (IllegalArgumentException e) {
            throw error(c, "expected a date the calendar has, found '" + cell + "' (" + e.getMessage() + ")");
        }
    }

    /** A figure with its qualifier's bounds; a rule that crosses them is named at the cell, with the rule. */
    QualifiedValue qualified(ColumnPlan.Column c, BigDecimal value, QualifierRule q) {
        try {
            return QualifiedValue.of(value, q);
        } catch (IllegalArgumentException e) {
            throw error(c, "the qualifier rule '" + q.describe() + "' (datasets/vocab/qualifiers.csv) gives "
                    + value.toPlainString() + " bounds that cross: " + e.getMessage());
        }
    }

    InputException error(ColumnPlan.Column c, String problem) {
        return new InputException(file.dataFile, lineOf(c), c.label(), problem);
    }

    /** The physical line a cell starts on: the record's line plus the line breaks in the cells before it. */
    long lineOf(ColumnPlan.Column c) {
        long breaks = 0;
        for (int i = 0; i < c.position() - 1; i++) {
            breaks += values.get(i).chars().filter(ch -> ch == '\n').count();
        }
        return line + breaks;
    }

    /** A figure of the cell, refused where it is too long for any reader to hold exactly. */
    BigDecimal number(ColumnPlan.Column c, String digits) {
        BigDecimal n;
        try {
            n = new BigDecimal(digits.replace(" ", ""));
        } catch (NumberFormatException e) {
            throw error(c, "expected a figure written with digits, found '" + digits + "'");
        }
        String tooLong = NumberLimits.problem(n, digits);
        if (tooLong != null) {
            throw error(c, tooLong);
        }
        return n;
    }

    /** A coordinate in degrees: a number, within ±{@code limit}. */
    BigDecimal degrees(ColumnPlan.Column c, String text, int limit) {
        BigDecimal d;
        try {
            d = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw error(c, "expected a coordinate in decimal degrees, found '" + text + "'");
        }
        if (d.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            throw error(c, "expected a " + c.kind() + " between -" + limit + " and " + limit + " degrees, found " + text);
        }
        return d;
    }

    /** A year of a year cell: four digits (a rule's pattern is data, and may capture more). */
    int yearOf(ColumnPlan.Column c, String digits) {
        if (!digits.matches("\\d{4}")) {
            throw error(c, "expected a four-digit year, found '" + digits + "'");
        }
        return Integer.parseInt(digits);
    }
}
