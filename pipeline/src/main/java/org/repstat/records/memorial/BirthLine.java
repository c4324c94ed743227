package org.repstat.records.memorial;

import java.util.regex.Pattern;

/**
 * The birth line of a text block after its field word: "в 1903 г., с.Дмитриевка, Иссинский р-н; русская;
 * образование начальное; б/п;". The first part, up to ";", holds the date and the birthplace; each later part is
 * the nationality, the party or the education when that field's rules know it (a nationality or a literacy word is
 * written in lower case: "Средне-Волжский кр." is a place, not "среднее" education). A part no rule knows is taken as
 * the nationality when it has the shape of one (one or two lower-case words) and none has been read yet, else it
 * is kept in {@code unparsed}.
 */
final class BirthLine {

    private static final Pattern NATIONALITY_SHAPE = Pattern.compile("[а-яё]+(-[а-яё]+)?( [а-яё]+(-[а-яё]+)?)?\\.?");

    private BirthLine() {
    }

    static void read(String text, PersonText p, MemorialRules rules) {
        java.util.List<String> parts = MoscowParagraph.splitTopLevel(text, ';');
        String first = parts.get(0).strip();
        MemorialDates.Found date = rules.dates.find(first, MemorialRow.FIRST_BIRTH_YEAR, MemorialRow.LAST_BIRTH_YEAR);
        String place = first;
        if (date != null) {
            p.birth = date.raw();
            place = MemorialRow.rest(first.substring(0, date.start()) + " " + first.substring(date.end()));
        }
        if (place != null && !part(place, p, rules, false)) {
            p.birthPlace = place;
        }
        for (String part : parts.subList(1, parts.size())) {
            String s = MemorialRow.rest(part);
            if (s != null && !part(s, p, rules, true)) {
                p.unparsed.add("birth line: " + s);
            }
        }
    }

    /** Places a part in the field whose rules know it; false when none does. */
    private static boolean part(String s, PersonText p, MemorialRules rules, boolean byShape) {
        if (p.party == null && rules.party.classify(s) != null) {
            p.party = s;
        } else if (p.education == null && (RuleTable.lower(s).startsWith("образование")
                || MoscowParagraph.lowerCaseWord(s) && rules.education.classify(s) != null)) {
            p.education = s;
        } else if (p.nationality == null && MoscowParagraph.lowerCaseWord(s) && rules.nationalities.classify(s) != null) {
            p.nationality = s;
        } else if (byShape && p.nationality == null && NATIONALITY_SHAPE.matcher(s).matches()) {
            p.nationality = s;
        } else {
            return false;
        }
        return true;
    }
}
