package org.repstat.provenance;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How precisely a figure without a qualifying word is printed, and so what bounds it allows: "347 тыс." is given
 * to the thousand (346,500..347,499), "9,2 %" to the tenth of a point, "683,000 executions" in prose is a round
 * figure, a decree's 5,000 is exactly 5,000. The rules are data ({@code datasets/vocab/precision.csv}, published as
 * {@code precision.csv}), tried in file order; the first that matches a figure decides its qualifier and, for a
 * rounded figure, its unit of rounding. They govern only figures whose wording is bare (the qualifiers the rules
 * name: exact, rounded, round_figure); "approximately", "over" and the other words keep their own rules.
 */
public final class PrintedPrecision {

    /** Where a rounded figure's unit of rounding is read. */
    public enum UnitFrom {
        /** The place of the value's last non-zero digit: 683,000 → 1,000; 14,500 → 100; 2,500,000 → 100,000. */
        LAST_NONZERO_DIGIT("last_nonzero_digit"),
        /** The decimals printed in {@code as_printed}: "9,2 %" → 0.1; "30%" → 1. */
        PRINTED_DECIMALS("printed_decimals");

        private final String id;

        UnitFrom(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static UnitFrom fromId(String id) {
            for (UnitFrom u : values()) {
                if (u.id.equals(id)) {
                    return u;
                }
            }
            throw new IllegalArgumentException("expected last_nonzero_digit or printed_decimals, found '" + id + "'");
        }
    }

    /**
     * One rule. A condition left null is not tested. {@code units} and {@code measures} must match the whole id;
     * {@code locator} and {@code printed} are searched for in the locator and the printed form. A rule with
     * {@code unitFrom} null reads its figures as printed to the unit (qualifier exact).
     */
    public record Rule(String id, String qualifier, Pattern units, Pattern measures, Pattern locator, Pattern printed,
                       Integer minTrailingZeros, UnitFrom unitFrom, BigDecimal step, String definition,
                       String rationale) {

        /** A rule from its published or raw text; a bad pattern or number is an {@link IllegalArgumentException}. */
        public static Rule parse(String id, String qualifier, String units, String measures, String locator,
                                 String printed, String minTrailingZeros, String unitFrom, String step,
                                 String definition, String rationale) {
            UnitFrom from = unitFrom.isEmpty() ? null : UnitFrom.fromId(unitFrom);
            if (from != null && step.isEmpty()) {
                throw new IllegalArgumentException("a rounding rule needs its step (1 for counts, 0 for shares)");
            }
            return new Rule(id, qualifier, pattern(units, 0), pattern(measures, 0), pattern(locator, 0),
                    pattern(printed, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    minTrailingZeros.isEmpty() ? null : Integer.valueOf(minTrailingZeros), from,
                    step.isEmpty() ? null : new BigDecimal(step), definition, rationale);
        }

        private static Pattern pattern(String regex, int flags) {
            if (regex.isEmpty()) {
                return null;
            }
            try {
                return Pattern.compile(regex, flags);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("not a regular expression: " + e.getDescription() + " in '" + regex + "'");
            }
        }

        boolean matches(BigDecimal value, String asPrinted, String measure, String unit, String locatorText) {
            return (units == null || units.matcher(unit).matches())
                    && (measures == null || measures.matcher(measure).matches())
                    && (locator == null || locator.matcher(locatorText).find())
                    && (printed == null || printed.matcher(asPrinted).find())
                    && (minTrailingZeros == null || trailingZeros(value) >= minTrailingZeros);
        }
    }

    /**
     * What a rule makes of one figure: the qualifier, and for a rounded figure the unit of rounding and the
     * inclusive bounds: lower = value − unit/2, upper = value + unit/2 − step (the values that round half up to the
     * printed figure; step 1 for whole counts, 0 for shares).
     */
    public record Reading(Rule rule, String qualifier, BigDecimal unit, BigDecimal lower, BigDecimal upper) {

        public boolean rounded() {
            return unit != null;
        }

        /** The rule in words, published beside the bounds it produced. */
        public String describe() {
            if (unit == null) {
                return qualifier + " (printed-precision rule " + rule.id() + "): lower = value; upper = value";
            }
            BigDecimal half = unit.divide(BigDecimal.valueOf(2));
            BigDecimal up = half.subtract(rule.step());
            return qualifier + " (printed-precision rule " + rule.id() + "): printed to the nearest " + plain(unit)
                    + "; lower = value − " + plain(half) + "; upper = value + " + plain(up);
        }
    }

    private final List<Rule> rules;

    public PrintedPrecision(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The qualifiers these rules decide between: a figure with any other qualifier keeps its own rule. */
    public Set<String> qualifiers() {
        Set<String> q = new LinkedHashSet<>();
        rules.forEach(r -> q.add(r.qualifier()));
        return q;
    }

    public boolean governs(String qualifier) {
        return qualifiers().contains(qualifier);
    }

    /** The reading of the first rule that matches; a rule file must end with a rule that matches everything. */
    public Reading read(BigDecimal value, String asPrinted, String measure, String unit, String locator) {
        for (Rule r : rules) {
            if (!r.matches(value, asPrinted, measure, unit, locator)) {
                continue;
            }
            if (r.unitFrom() == null) {
                return new Reading(r, r.qualifier(), null, value, value);
            }
            BigDecimal roundingUnit = r.unitFrom() == UnitFrom.LAST_NONZERO_DIGIT
                    ? BigDecimal.TEN.pow(trailingZeros(value)) : BigDecimal.ONE.movePointLeft(printedDecimals(asPrinted, value));
            if (roundingUnit.compareTo(r.step()) <= 0) {
                // "1,234 тыс." is printed to the unit: nothing is rounded away
                return new Reading(r, "exact", null, value, value);
            }
            BigDecimal half = roundingUnit.divide(BigDecimal.valueOf(2));
            return new Reading(r, r.qualifier(), roundingUnit, strip(value.subtract(half)),
                    strip(value.add(half).subtract(r.step())));
        }
        throw new IllegalStateException("no printed-precision rule matches '" + asPrinted
                + "': the last rule of precision.csv must match every figure");
    }

    /** Trailing zeros of a whole number (0 for a fraction or for zero itself). */
    static int trailingZeros(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() == 0 || v.scale() > 0) {
            return 0;
        }
        return -v.scale();
    }

    private static final Pattern DECIMAL_SHARE = Pattern.compile("(\\d+)[.,](\\d+)\\s*%");
    private static final Pattern WHOLE_SHARE = Pattern.compile("\\d\\s*%");

    /** Decimals printed before the per-cent sign ("9,2 %" → 1, "30%" → 0); without one, the value's own decimals. */
    static int printedDecimals(String asPrinted, BigDecimal value) {
        Matcher m = DECIMAL_SHARE.matcher(asPrinted);
        if (m.find()) {
            return m.group(2).length();
        }
        if (WHOLE_SHARE.matcher(asPrinted).find()) {
            return 0;
        }
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    private static BigDecimal strip(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String plain(BigDecimal d) {
        return strip(d).toPlainString();
    }
}
