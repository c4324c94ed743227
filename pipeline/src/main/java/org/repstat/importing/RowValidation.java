package org.repstat.importing;

import java.math.BigDecimal;
import org.repstat.io.RawRow;
import org.repstat.provenance.Locator;
import org.repstat.provenance.PrintedPrecision;
import org.repstat.provenance.QualifiedValue;
import org.repstat.provenance.QualifierRule;
import org.repstat.provenance.Quote;

/** The cell rules shared by every raw reader: vocabulary membership, register keys, locators, quotes, qualifiers. */
final class RowValidation {

    private RowValidation() {
    }

    /** A row's key: {@code <source-id>:<kebab-name>}, unique across every raw file. */
    static String id(RawRow row, String column, ObservationContext ctx) {
        String id = row.required(column);
        if (!id.matches("[a-z0-9-]+:[a-z0-9-]+")) {
            throw row.error(column, "expected <source-id>:<kebab-name>, found '" + id + "'");
        }
        ctx.ids().claim(row, column, id);
        return id;
    }

    static String term(RawRow row, String column, String kind, ObservationContext ctx) {
        String id = row.required(column);
        if (!ctx.vocabulary().contains(kind, id)) {
            throw row.error(column, "expected a " + kind + " listed in datasets/vocab/, found '" + id + "'");
        }
        return id;
    }

    /**
     * The row's unit, which must be the one unit its measure is declared in ({@code datasets/vocab/measures.csv}):
     * a share printed beside a count gets a share measure, never the count's measure with another unit.
     */
    static String unit(RawRow row, String column, String measure, ObservationContext ctx) {
        String unit = term(row, column, "unit", ctx);
        String declared = ctx.vocabulary().terms("measure").get(measure).extra("unit");
        if (!declared.equals(unit)) {
            throw row.error(column, "measure '" + measure + "' is counted in '" + declared
                    + "' (datasets/vocab/measures.csv), found '" + unit + "'; a value in another unit needs its own measure");
        }
        return unit;
    }

    static String sourceId(RawRow row, String column, ObservationContext ctx, boolean required) {
        String id = required ? row.required(column) : row.text(column);
        if (!id.isEmpty() && !ctx.sources().containsKey(id)) {
            throw row.error(column, "expected a source id from datasets/raw/sources.csv, found '" + id + "'");
        }
        return id;
    }

    static Locator locator(RawRow row, String column) {
        try {
            return Locator.parse(row.required(column));
        } catch (IllegalArgumentException e) {
            throw row.error(column, e.getMessage());
        }
    }

    static Quote quote(RawRow row, String column) {
        try {
            return new Quote(row.required(column));
        } catch (IllegalArgumentException e) {
            throw row.error(column, e.getMessage());
        }
    }

    static String citedLocator(RawRow row, String sourceColumn, String locatorColumn) {
        String loc = row.text(locatorColumn);
        if (!loc.isEmpty()) {
            // Without a cited source id, the locator is the source's own reference mark (a note number) whose
            // work we could not identify: still worth keeping, it says where to look next.
            try {
                Locator.parse(loc);
            } catch (IllegalArgumentException e) {
                throw row.error(locatorColumn, e.getMessage());
            }
        }
        return loc;
    }

    static QualifiedValue value(RawRow row, ObservationContext ctx) {
        String qualifierId = row.required("qualifier");
        QualifierRule rule = ctx.vocabulary().qualifier(qualifierId);
        if (rule == null) {
            throw row.error("qualifier", "expected a qualifier from datasets/vocab/qualifiers.csv "
                    + ctx.vocabulary().qualifiers().keySet() + ", found '" + qualifierId + "'");
        }
        BigDecimal value = row.number("value", ctx.numbers());
        BigDecimal lower = row.number("lower", ctx.numbers());
        BigDecimal upper = row.number("upper", ctx.numbers());
        if (rule.explicit()) {
            if (lower == null || upper == null) {
                throw row.error(lower == null ? "lower" : "upper", "qualifier '" + qualifierId + "' needs both bounds as printed");
            }
            if (lower.compareTo(upper) > 0) {
                throw row.error("lower", "lower bound " + lower + " is above upper bound " + upper);
            }
            return QualifiedValue.range(value, rule, lower, upper);
        }
        if (lower != null || upper != null) {
            throw row.error(lower != null ? "lower" : "upper",
                    "bounds are computed from the qualifier; give them only for qualifier 'range'");
        }
        if (value == null) {
            throw row.error("value", "expected a number, found an empty cell");
        }
        if (value.signum() < 0) {
            throw row.error("value", "expected a non-negative figure, found " + value);
        }
        PrintedPrecision precision = ctx.vocabulary().precision();
        if (precision.governs(qualifierId)) {
            // A bare figure: its print decides whether it is exact or rounded, by the rules of precision.csv; the
            // curator writes the outcome into the raw row, and the import holds the row to it.
            PrintedPrecision.Reading reading = precision.read(value, row.text("as_printed"), row.text("measure"),
                    row.text("unit"), row.text("locator"));
            if (!reading.qualifier().equals(qualifierId)) {
                throw row.error("qualifier", "'" + row.text("as_printed") + "' is read as '" + reading.qualifier()
                        + "' by rule '" + reading.rule().id() + "' of datasets/vocab/precision.csv ("
                        + reading.rule().definition() + "); expected qualifier '" + reading.qualifier() + "', found '" + qualifierId + "'");
            }
            return QualifiedValue.printed(value, reading);
        }
        return qualified(row, "value", value, rule);
    }

    /**
     * A value with the bounds its qualifier gives. The rule is checked when qualifiers.csv is read, but rounding a
     * narrow rule's bounds inwards can still cross them for one value: that is named at the cell, with the rule.
     */
    static QualifiedValue qualified(RawRow row, String column, BigDecimal value, QualifierRule rule) {
        try {
            return QualifiedValue.of(value, rule);
        } catch (IllegalArgumentException e) {
            throw row.error(column, "the qualifier rule '" + rule.describe() + "' (datasets/vocab/qualifiers.csv) gives "
                    + value.toPlainString() + " bounds that cross: " + e.getMessage());
        }
    }
}
