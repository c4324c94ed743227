package org.repstat.records.memorial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repstat.records.NormalisationRules;

/**
 * One {@code <p class=pers>} paragraph of Memorial's Moscow pages cut into its fields. The paragraph reads
 * "<b>name</b>, род. birth, birthplace…, nationality, party, occupation. Адрес: address. Рассстрелян(а) date.
 * Место захоронения: place." The three markers and the birth prefix are rules ({@code moscow-paragraph-parts.csv});
 * the order of the comma-separated parts before "Адрес:" is the page's structure, read here: the party is the first
 * part a party rule knows, the nationality the part just before it, the birthplace everything before that, the
 * occupation everything after. A paragraph whose parts cannot be placed keeps them in {@code unparsed}.
 */
final class MoscowParagraph {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE_BEFORE_STOP = Pattern.compile("\\s+([,.;:)])");
    private static final Pattern SPACE_AFTER_BRACKET = Pattern.compile("\\(\\s+");
    private static final Pattern BOLD = Pattern.compile("^\\s*<b>(.*?)</b>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BOLD_OPEN = Pattern.compile("^\\s*<b>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    /** A nationality word the rules do not know yet: one or two lower-case words, perhaps with a note in brackets. */
    private static final Pattern NATIONALITY_SHAPE =
            Pattern.compile("[а-яё]+(-[а-яё]+)?( [а-яё]+(-[а-яё]+)?)?( \\(.*\\))?\\.?");

    private MoscowParagraph() {
    }

    /** The result: the fields, or why the paragraph is not a person record. */
    record Read(PersonText person, String reject) {
    }

    /** @param html the paragraph's inner HTML, after {@code <p class=pers>} and before its end */
    static Read read(String html, MemorialRules rules) {
        Matcher bold = BOLD.matcher(html);
        String text = plain(html);
        PersonText p = new PersonText();
        String rest;
        if (bold.find()) {
            p.name = plain(bold.group(1));
            rest = plain(html.substring(bold.end()));
        } else if (BOLD_OPEN.matcher(html).find()) {
            // "<B>" never closed (one paragraph of the pages): the name is the first comma-separated part
            List<String> parts = splitTopLevel(text, ',');
            p.name = parts.get(0);
            rest = text.substring(Math.min(text.length(), text.indexOf(parts.get(0)) + parts.get(0).length()));
        } else {
            return new Read(null, "no name in bold (<B>…</B>) at the start of the paragraph, as every person paragraph of these pages begins");
        }
        if (p.name.isBlank()) {
            return new Read(null, "the name in bold is empty");
        }
        RuleTable parts = rules.moscowParts;
        RuleTable.Hit address = parts.search(rest, "address", 0);
        RuleTable.Hit execution = parts.search(rest, "execution", address == null ? 0 : address.end());
        RuleTable.Hit burial = parts.search(rest, "burial", execution != null ? execution.end() : address != null ? address.end() : 0);
        int headEnd = first(rest.length(), address, execution, burial);
        if (address != null) {
            p.address = MemorialRow.rest(rest.substring(address.end(), first(rest.length(), execution, burial)));
        }
        if (execution != null) {
            p.sexWords.add(rest.substring(execution.start(), execution.end()).strip());
            p.execution = MemorialRow.rest(rest.substring(execution.end(), first(rest.length(), burial)));
        }
        if (burial != null) {
            p.burial = MemorialRow.rest(rest.substring(burial.end()));
        }
        head(rest.substring(0, headEnd), p, rules);
        return new Read(p, null);
    }

    /** Birth, birthplace, nationality, party, occupation: the comma-separated parts before "Адрес:". */
    private static void head(String head, PersonText p, MemorialRules rules) {
        List<String> segs = new ArrayList<>();
        for (String s : splitTopLevel(head, ',')) {
            if (!s.isBlank()) {
                segs.add(s.strip());
            }
        }
        if (!segs.isEmpty()) {
            RuleTable.Hit birth = rules.moscowParts.at(segs.get(0));
            if (birth != null && birth.value().equals("birth")) {
                p.birth = MemorialRow.rest(segs.remove(0).substring(birth.end()));
            }
        }
        int party = -1;
        for (int i = 0; i < segs.size() && party < 0; i++) {
            if (rules.party.classify(segs.get(i)) != null) {
                party = i;
            }
        }
        int nationality = -1;
        if (party > 0 && isNationality(segs.get(party - 1), rules)) {
            nationality = party - 1;
        }
        for (int i = 0; i < segs.size() && nationality < 0 && party < 0; i++) {
            if (lowerCaseWord(segs.get(i)) && rules.nationalities.classify(segs.get(i)) != null) {
                nationality = i;
            }
        }
        if (party < 0 && nationality < 0) {
            if (!segs.isEmpty()) {
                p.unparsed.add("before Адрес: " + String.join(", ", segs));
            }
            return;
        }
        // several party parts in a row are a party history, oldest first as the pages write it: the value is the last
        int partyEnd = party;
        while (party >= 0 && partyEnd + 1 < segs.size() && rules.party.classify(segs.get(partyEnd + 1)) != null) {
            partyEnd++;
        }
        int placeEnd = nationality >= 0 ? nationality : party;
        int occupationStart = (party >= 0 ? partyEnd : nationality) + 1;
        p.birthPlace = join(segs.subList(0, placeEnd));
        p.nationality = nationality >= 0 ? segs.get(nationality) : null;
        if (party >= 0) {
            p.party = join(segs.subList(party, partyEnd + 1));
            p.partyLatest = segs.get(partyEnd);
        }
        p.occupation = MemorialRow.rest(join(segs.subList(occupationStart, segs.size())));
    }

    private static boolean isNationality(String seg, MemorialRules rules) {
        return lowerCaseWord(seg) && (rules.nationalities.classify(seg) != null || NATIONALITY_SHAPE.matcher(seg).matches());
    }

    /** The lists write a nationality in lower case and a place with a capital: "мордвин", not "Мордовия". */
    static boolean lowerCaseWord(String seg) {
        return !seg.isEmpty() && Character.isLowerCase(seg.codePointAt(0));
    }

    private static String join(List<String> segs) {
        return segs.isEmpty() ? null : String.join(", ", segs);
    }

    private static int first(int otherwise, RuleTable.Hit... hits) {
        for (RuleTable.Hit h : hits) {
            if (h != null) {
                return h.start();
            }
        }
        return otherwise;
    }

    /** Splits at a separator outside round brackets and quotes, so "Мадьяр (Мильгорф, Мильгофер)" stays one part. */
    static List<String> splitTopLevel(String text, char separator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '(' && !quoted) {
                depth++;
            } else if (c == ')' && !quoted && depth > 0) {
                depth--;
            } else if (c == separator && depth == 0 && !quoted) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        if (depth > 0 && separator == ',') {
            // a bracket never closed ("(Польша0, поляк", a typo of the page): brackets cannot be trusted here
            return List.of(text.split(",", -1));
        }
        return out;
    }

    /** The text a reader sees: tags removed, entities decoded, runs of white space as one space. */
    static String plain(String html) {
        String text = TAG.matcher(html).replaceAll(" ");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return NormalisationRules.collapseSpaces(out.toString().replace('\u00A0', ' '))
                .transform(s -> SPACE_BEFORE_STOP.matcher(s).replaceAll("$1")).transform(s -> SPACE_AFTER_BRACKET.matcher(s).replaceAll("("));
    }

    private static String entity(String name, String whole) {
        try {
            return entityOrThrow(name, whole);
        } catch (IllegalArgumentException e) {
            return whole; // "&#99999999;" names no character: it stays as written
        }
    }

    private static String entityOrThrow(String name, String whole) {
        return switch (name) {
            case "nbsp" -> " ";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "lt" -> "<";
            case "gt" -> ">";
            case "laquo" -> "«";
            case "raquo" -> "»";
            case "ndash" -> "–";
            case "mdash" -> "—";
            default -> name.startsWith("#x") ? new String(Character.toChars(Integer.parseInt(name.substring(2), 16)))
                    : name.startsWith("#") ? new String(Character.toChars(Integer.parseInt(name.substring(1))))
                    : whole; // an entity we do not know stays as written
        };
    }
}
