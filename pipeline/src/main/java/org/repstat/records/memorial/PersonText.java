package org.repstat.records.memorial;

import java.util.ArrayList;
import java.util.List;

/**
 * What one paragraph or block says about one person, cut into the texts of its fields but not yet interpreted:
 * the readers fill it from the structure of their format, {@link MemorialRow} turns it into typed values by the
 * rules. Keeping the two steps apart lets both formats share every value rule.
 */
final class PersonText {

    String name;
    String nameVariants;
    /** The verb forms that agree with the person's sex ("Родилась", "Рассстрелян"), in order. */
    final List<String> sexWords = new ArrayList<>();
    String birth;
    String birthPlace;
    String nationality;
    String party;
    /** The part of a party history the value is read from (the latest), when it is not the whole text. */
    String partyLatest;
    String education;
    String occupation;
    String address;
    String arrest;
    String sentenced;
    String charge;
    String sentence;
    String execution;
    String rehabilitation;
    String burial;
    String sourceBook;
    /** Text no rule could place, each piece labelled with where it was found. */
    final List<String> unparsed = new ArrayList<>();

    /** Adds to a field that may legitimately hold several pieces (occupation lines, name variants). */
    static String append(String existing, String more, String separator) {
        if (more == null || more.isBlank()) {
            return existing;
        }
        return existing == null || existing.isBlank() ? more.strip() : existing + separator + more.strip();
    }
}
