package org.repstat.records.memorial;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import org.repstat.records.NormalisationRules;

/**
 * Every rule the two Memorial readers apply, loaded once on the driver from {@code datasets/records/} (the sentence,
 * term and body rules the CSV import uses too) and {@code datasets/records/memorial/} (the rest), and shipped to the
 * Spark tasks with the job. One object so that a run reads one consistent set of rules.
 */
public final class MemorialRules implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String DIR = "memorial";

    public static final Set<String> LINE_FIELDS = Set.of("birth", "residence", "arrest", "sentenced", "charge", "sentence",
            "execution", "rehabilitation", "burial", "name_variants", "source_book");
    public static final Set<String> MOSCOW_PARTS = Set.of("birth", "address", "execution", "burial");
    public static final Set<String> SEXES = Set.of("male", "female");
    public static final Set<String> PARTIES = Set.of("non_party", "vkpb_member", "vkpb_candidate",
            "vkpb_member_or_candidate", "vkpb_former", "vkpb_expelled", "komsomol", "komsomol_former",
            "foreign_communist", "other_party", "cpsu_member");
    public static final Set<String> EDUCATION = Set.of("illiterate", "semi_literate", "literate", "primary",
            "incomplete_secondary", "secondary", "incomplete_higher", "higher");

    final NormalisationRules normalisation;
    final RuleTable lines;
    final RuleTable moscowParts;
    final RuleTable sex;
    final RuleTable nationalities;
    final RuleTable party;
    final RuleTable education;
    final RuleTable burial;
    final RuleTable articles;
    final MemorialDates dates;

    private MemorialRules(NormalisationRules normalisation, Path dir) {
        this.normalisation = normalisation;
        this.lines = RuleTable.load(dir.resolve("text-block-lines.csv"), "field", LINE_FIELDS);
        this.moscowParts = RuleTable.load(dir.resolve("moscow-paragraph-parts.csv"), "field", MOSCOW_PARTS);
        this.sex = RuleTable.load(dir.resolve("sex.csv"), "sex", SEXES);
        this.nationalities = RuleTable.load(dir.resolve("nationalities.csv"), "nationality", null);
        this.party = RuleTable.load(dir.resolve("party.csv"), "party", PARTIES);
        this.education = RuleTable.load(dir.resolve("education.csv"), "education", EDUCATION);
        this.burial = RuleTable.load(dir.resolve("burial-places.csv"), "burial_place", null);
        this.articles = RuleTable.load(dir.resolve("charge-articles.csv"), "article", Set.of("{a}"));
        this.dates = MemorialDates.load(dir);
    }

    /** @param recordsDir {@code datasets/records}, holding the shared rules and the {@value #DIR} folder */
    public static MemorialRules load(Path recordsDir, NormalisationRules normalisation) {
        return new MemorialRules(normalisation, recordsDir.resolve(DIR));
    }

    public NormalisationRules normalisation() {
        return normalisation;
    }

    public MemorialDates dates() {
        return dates;
    }

    /** The burial-place rules ({@code burial-places.csv}), for a reader that says which rule read a place. */
    public RuleTable burialPlaces() {
        return burial;
    }

    /** The nationality rules ({@code nationalities.csv}). */
    public RuleTable nationalityRules() {
        return nationalities;
    }

    /** The articles of the criminal code a charge cites ("по ст. 58-10, 58-11" → "58-10, 58-11"), or null. */
    public String articles(String charge) {
        if (charge == null || charge.isBlank()) {
            return null;
        }
        String lowered = NormalisationRules.normalise(charge);
        Set<String> found = new LinkedHashSet<>();
        for (RuleTable.Rule rule : articles.rules()) {
            Matcher m = rule.pattern().matcher(lowered);
            while (m.find()) {
                for (String a : m.group("a").split("\\s*(,|\\bи\\b)\\s*")) {
                    String article = a.replaceAll("\\s+", "").replace('–', '-').replace('‑', '-');
                    if (!article.isEmpty()) {
                        found.add(article);
                    }
                }
            }
        }
        return found.isEmpty() ? null : String.join(", ", found);
    }
}
