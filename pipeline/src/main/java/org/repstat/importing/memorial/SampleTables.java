package org.repstat.importing.memorial;

import static org.repstat.importing.memorial.ListFields.count;
import static org.repstat.importing.memorial.ListFields.with;

import java.util.List;
import org.repstat.published.Field;
import org.repstat.published.TableSpec;

/**
 * The published tables of the anonymised sample of Memorial's victims database (46,445 text blocks, people
 * repressed from 1917 to the 1980s): sentences by year and category, by year and sentencing body, and by category.
 * The sample's design is not known: its counts are shares and shapes to compare, never totals of anything.
 * Exact copies of an earlier block are counted apart in a column of their own, never in the counts.
 */
final class SampleTables {

    static final String LIST = "the anonymised sample of Memorial's victims database";
    static final List<String> CATEGORIES = List.of("death", "camps", "exile", "other", "administrative", "not_sentenced",
            "unknown", "unrecognised");
    static final List<String> BODIES = List.of("troika", "dvoika", "military_collegium", "special_board", "other_body",
            "administrative_body", "unknown", "unrecognised");
    private static final String COPIES = "Blocks of that cell that are exact copies of an earlier block of the file: counted apart, "
            + "never in 'sentences'. With the names removed nobody can tell a copied record from two people whose records read "
            + "alike; a copy of every line of a record is more likely the same person entered twice, so the counts leave them out "
            + "and this column keeps them.";
    private static final Field CATEGORY = Field.required("category", "The sentence (datasets/records/sentence-categories.csv): death "
            + "(ВМН, расстрел), camps (a camp, colony or prison term), exile, other (another measure), administrative "
            + "(dekulakisation, special settlement, deportation: ordered, not sentenced), not_sentenced (case closed), unknown "
            + "(no sentence given, or one that does not say: '10 лет без права переписки'), unrecognised (text no rule reads).")
            .oneOf(CATEGORIES);
    private static final String CATEGORY_RULE = "The rules file that read the sentence: datasets/records/sentence-categories.csv "
            + "(the lowest priority number that matches wins).";

    static final TableSpec BY_YEAR = new TableSpec("memorial_sample_sentences_by_year",
            "Sentences in the sample of Memorial's victims database, by year and sentence",
            "one year of sentence and one sentence category, with how many blocks of " + LIST + " give them (a sample of unknown "
                    + "design: compare shares, not totals)",
            with(List.of(Field.integer("year", "The year of the sentence (the date after 'Приговорен(а):').", true), CATEGORY,
                    count("sentences", "Blocks (people) of the sample sentenced that year to that category, exact copies left out."),
                    count("copies", COPIES)), CATEGORY_RULE),
            List.of("year", "category"), ListFields.source());

    static final TableSpec BY_BODY = new TableSpec("memorial_sample_sentences_by_body",
            "Sentences in the sample of Memorial's victims database, by year and sentencing body",
            "one year of sentence and one sentencing body, with how many blocks of " + LIST + " it sentenced (a sample of unknown "
                    + "design: compare shares, not totals)",
            with(List.of(Field.integer("year", "The year of the sentence.", true),
                    Field.required("sentencing_body", "Who sentenced (datasets/records/sentencing-bodies.csv): troika, dvoika (the "
                            + "Commission of the NKVD and the Procurator), military_collegium, special_board (OSO), other_body "
                            + "(courts, tribunals, collegia of the OGPU or a Cheka), administrative_body, unknown (not said, or "
                            + "'НКВД СССР' alone), unrecognised (text no rule reads).").oneOf(BODIES),
                    count("sentences", "Blocks (people) of the sample sentenced that year by that body, exact copies left out."),
                    count("copies", COPIES)),
                    "The rules file that read the body: datasets/records/sentencing-bodies.csv."),
            List.of("year", "sentencing_body"), ListFields.source());

    static final TableSpec BY_CATEGORY = new TableSpec("memorial_sample_sentences_by_category",
            "Sentences in the sample of Memorial's victims database, by sentence",
            "one sentence category, with how many blocks of " + LIST + " give it, all years (with or without a sentence date)",
            with(List.of(CATEGORY,
                    count("sentences", "Blocks (people) of the sample with that sentence, exact copies left out."),
                    count("copies", COPIES)), CATEGORY_RULE),
            List.of("category"), ListFields.source());

    static final TableSpec ACCOUNTS = ListFields.accounts("memorial_sample_accounts", LIST);

    private SampleTables() {
    }

    static List<TableSpec> specs() {
        return List.of(BY_YEAR, BY_BODY, BY_CATEGORY, ACCOUNTS);
    }
}
