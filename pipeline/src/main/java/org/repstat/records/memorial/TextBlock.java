package org.repstat.records.memorial;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One anonymised block of Memorial's victims database cut into its fields. Each line usually begins with a field
 * word ("Родилась", "Проживал:", "Арестован", "Приговорен:", "Приговор:", "Расстрелян", "Реабилитирована",
 * "Место захоронения"), which the rules in {@code text-block-lines.csv} know; a line that carries two fields
 * ("Приговор: ВМН. Расстрелян 9 декабря 1937 г.") is cut where a sentence begins with another field word. A line
 * without a field word right after the birth line is the occupation, as the database prints it; any other such
 * line, and a second different line for a field already read, are kept in {@code unparsed}, never dropped.
 */
final class TextBlock {

    /** Where one sentence ends and the next may begin: after a full stop and white space. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=\\.)\\s+(?=\\S)");
    /** A field word that ends in a full stop is an abbreviation ("Род.", "Арест."): it says nothing of sex. */
    private static final Pattern WORD = Pattern.compile("^\\s*([\\p{L}]+)(\\.?)");

    private TextBlock() {
    }

    /** The fields, or null when no line begins with a field word any rule knows. */
    static PersonText read(List<String> lines, MemorialRules rules) {
        PersonText p = new PersonText();
        boolean anyField = false;
        boolean pastBirth = false; // a line other than birth or name variants has been read
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            for (String piece : pieces(line.strip(), rules)) {
                RuleTable.Hit hit = rules.lines.at(piece);
                if (hit == null || hit.value().equals("charge")) {
                    if (!pastBirth) {
                        p.occupation = PersonText.append(p.occupation, piece, " ");
                    } else {
                        p.unparsed.add("line: " + piece);
                    }
                    continue;
                }
                anyField = true;
                String field = hit.value();
                String text = piece.substring(hit.end()).strip();
                sexWord(piece.substring(0, hit.end()), p);
                if (!field.equals("birth") && !field.equals("name_variants")) {
                    pastBirth = true;
                }
                put(field, text, p, rules);
            }
        }
        return anyField ? p : null;
    }

    /**
     * A line cut before each sentence that begins with a field word (other than the charge marker), unless it is
     * the same field again: "Реабилитирован 25 января 1957 г. реабилитирован определением …" is one field, the
     * date and then who rehabilitated.
     */
    private static List<String> pieces(String line, MemorialRules rules) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = SENTENCE_BREAK.matcher(line);
        int start = 0;
        String lowered = RuleTable.lower(line);
        String current = rules.lines.valueAt(lowered, 0);
        while (m.find()) {
            String hit = rules.lines.valueAt(lowered, m.end());
            if (hit != null && !hit.equals("charge") && !hit.equals("name_variants") && (current == null || !hit.equals(current))) {
                out.add(line.substring(start, m.start()));
                start = m.end();
                current = hit;
            }
        }
        out.add(line.substring(start));
        return out;
    }

    private static void sexWord(String keyword, PersonText p) {
        Matcher w = WORD.matcher(keyword);
        if (w.find() && w.group(2).isEmpty()) {
            p.sexWords.add(w.group(1));
        }
    }

    private static void put(String field, String text, PersonText p, MemorialRules rules) {
        switch (field) {
            case "birth" -> {
                if (p.birth == null && p.birthPlace == null && p.nationality == null) {
                    BirthLine.read(text, p, rules);
                } else {
                    p.unparsed.add("birth again: " + text);
                }
            }
            case "name_variants" -> p.nameVariants = PersonText.append(p.nameVariants, text, " ");
            case "residence" -> p.address = once(p.address, text, "residence", p);
            case "arrest" -> p.arrest = once(p.arrest, text, "arrest", p);
            case "sentenced" -> {
                if (p.sentenced != null || p.charge != null) {
                    p.unparsed.add("sentenced again: " + text);
                    return;
                }
                RuleTable.Hit charge = rules.lines.search(text, "charge", 0);
                p.sentenced = charge == null ? text : text.substring(0, charge.start());
                p.charge = charge == null ? null : MemorialRow.rest(text.substring(charge.end()));
                if (p.sentenced.isBlank()) {
                    p.sentenced = null;
                }
            }
            case "sentence" -> p.sentence = once(p.sentence, text, "sentence", p);
            case "execution" -> p.execution = once(p.execution, text, "execution", p);
            case "rehabilitation" -> p.rehabilitation = once(p.rehabilitation, text, "rehabilitation", p);
            case "burial" -> p.burial = once(p.burial, MemorialRow.rest(text), "burial", p);
            case "source_book" -> p.sourceBook = PersonText.append(p.sourceBook, text, "; ");
            default -> throw new IllegalStateException("no reader for line field " + field);
        }
    }

    /** The first text of a field wins; an identical repeat adds nothing; a different one is kept in unparsed. */
    private static String once(String existing, String text, String field, PersonText p) {
        if (existing == null) {
            return text.isBlank() ? null : text;
        }
        if (!existing.equals(text)) {
            p.unparsed.add(field + " again: " + text);
        }
        return existing;
    }
}
