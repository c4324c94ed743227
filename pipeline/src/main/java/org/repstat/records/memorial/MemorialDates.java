package org.repstat.records.memorial;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import org.repstat.provenance.PartialDate;

/**
 * Dates as Memorial's lists write them, in every precision ("14 февраля 1938 г.", "в июле 1998 г.", "в 1937 г.",
 * "1.02.1930", "17.05.1938"), found inside a field's text by the forms in {@code date-forms.csv} and the month words
 * in {@code months.csv}. A date is kept exactly as precise as written (a year is never 1 January); a date that
 * names no calendar day, a year outside the field's range, a form marked {@code text} ("04.10.37": the century is
 * not written) and any text with a form marked {@code ambiguous} ("по другим данным": the list itself gives two
 * dates) are kept as text, never rounded, completed or chosen between.
 */
public final class MemorialDates implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FORMS_FILE = "date-forms.csv";
    public static final String MONTHS_FILE = "months.csv";
    static final Set<String> PRECISIONS = Set.of("day", "month", "year", "text", "ambiguous");

    private final RuleTable forms;
    private final RuleTable months;

    /** A date found in a text: where it is, its text as written, and the date (null when kept as text, with why). */
    public record Found(int start, int end, String raw, PartialDate date, String problem) {
    }

    private MemorialDates(RuleTable forms, RuleTable months) {
        this.forms = forms;
        this.months = months;
    }

    public static MemorialDates load(Path dir) {
        RuleTable forms = RuleTable.load(dir.resolve(FORMS_FILE), "precision", PRECISIONS);
        RuleTable months = RuleTable.load(dir.resolve(MONTHS_FILE), "month",
                Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"));
        for (RuleTable.Rule rule : forms.rules()) {
            String p = rule.pattern().pattern();
            boolean ok = switch (rule.value()) {
                case "day" -> p.contains("(?<d>") && (p.contains("(?<m>") || p.contains("(?<mon>")) && p.contains("(?<y>");
                case "month" -> (p.contains("(?<m>") || p.contains("(?<mon>")) && p.contains("(?<y>");
                case "year" -> p.contains("(?<y>");
                default -> true;
            };
            if (!ok) {
                throw new org.repstat.io.InputException(dir.resolve(FORMS_FILE), rule.line(), "pattern",
                        "a '" + rule.value() + "' form needs the named groups y (and m or mon, and d for a day)");
            }
        }
        return new MemorialDates(forms, months);
    }

    /**
     * The date written earliest in the text, whichever form reads it (forms tie-break by priority); null when the
     * text holds none. A form marked {@code ambiguous} found anywhere keeps the whole text; a match of a form marked
     * {@code text}, or of a year outside [firstYear, lastYear], or of no calendar day, is returned kept as text.
     */
    public Found find(String text, int firstYear, int lastYear) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String lowered = RuleTable.lower(text);
        for (RuleTable.Rule form : forms.rules()) {
            if (form.value().equals("ambiguous") && form.pattern().matcher(lowered).find()) {
                return new Found(0, text.length(), text.strip(), null,
                        "kept as text by " + forms.file() + " line " + form.line());
            }
        }
        Matcher best = null;
        RuleTable.Rule bestForm = null;
        Integer bestMonth = null;
        for (RuleTable.Rule form : forms.rules()) {
            if (form.value().equals("ambiguous")) {
                continue;
            }
            Matcher m = form.pattern().matcher(lowered);
            while (m.find() && (best == null || m.start() < best.start())) {
                Integer month = month(m);
                if (month == null && hasGroup(m, "mon")) {
                    continue; // the word is not a month ("обл. 1937"): not this form here
                }
                best = m;
                bestForm = form;
                bestMonth = month;
                break;
            }
        }
        if (best == null) {
            return null;
        }
        String raw = text.substring(best.start(), best.end()).strip();
        if (bestForm.value().equals("text")) {
            return new Found(best.start(), best.end(), raw, null, "kept as text by " + forms.file() + " line " + bestForm.line());
        }
        int year = Integer.parseInt(best.group("y"));
        Integer day = hasGroup(best, "d") ? Integer.valueOf(best.group("d")) : null;
        if (year < firstYear || year > lastYear) {
            return new Found(best.start(), best.end(), raw, null, "year " + year + " is outside " + firstYear + "–" + lastYear);
        }
        try {
            return new Found(best.start(), best.end(), raw, new PartialDate(year, bestMonth, day), null);
        } catch (RuntimeException e) {
            return new Found(best.start(), best.end(), raw, null, "not a calendar date");
        }
    }

    private Integer month(Matcher m) {
        if (hasGroup(m, "m")) {
            return Integer.valueOf(m.group("m"));
        }
        if (hasGroup(m, "mon")) {
            String value = months.classify(m.group("mon"));
            return value == null ? null : Integer.valueOf(value);
        }
        return null;
    }

    private static boolean hasGroup(Matcher m, String name) {
        // asking a matcher for a group its pattern lacks throws; whether a form has the group is in its text
        return m.pattern().pattern().contains("(?<" + name + ">") && m.group(name) != null;
    }
}
