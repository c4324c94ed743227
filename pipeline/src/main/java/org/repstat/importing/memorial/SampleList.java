package org.repstat.importing.memorial;

import static org.repstat.importing.memorial.MoscowList.field;
import static org.repstat.importing.memorial.MoscowList.text;
import static org.repstat.importing.memorial.MoscowTables.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.repstat.importing.SourceKind;
import org.repstat.provenance.Vocabulary;
import org.repstat.published.PublishedTable;
import org.repstat.published.TableSpec;
import org.repstat.records.NormalisationRules;
import org.repstat.records.memorial.MemorialRules;
import org.repstat.records.memorial.TextBlocks;

/**
 * The manifest kind {@value #KIND}: the anonymised sample of Memorial's victims database (ivbeg/memoru's
 * texts.zip), read where it was published by {@link TextBlocks}, and counted into the tables of
 * {@link SampleTables}. The 6,951 blocks that are exact copies of an earlier block are counted apart (the
 * {@code copies} columns), never silently dropped or kept.
 */
public final class SampleList implements SourceKind {

    public static final String KIND = "memorial_text_blocks";
    private static final int COPY_OF = field("duplicate_of");
    private static final int YEAR = field("sentence_year");
    private static final int DATE_RAW = field("sentence_date_raw");
    private static final int CATEGORY = field("sentence_category");
    private static final int BODY = field("sentencing_body");

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<TableSpec> tables() {
        return SampleTables.specs();
    }

    @Override
    public Imported read(Path file, String sourceId, Path datasets, Vocabulary vocabulary) {
        return ListCache.get(file, datasets, sourceId, () -> readList(file, sourceId, datasets, vocabulary));
    }

    private Imported readList(Path file, String sourceId, Path datasets, Vocabulary vocabulary) {
        Path records = datasets.resolve("records");
        MemorialRules rules = MemorialRules.load(records, NormalisationRules.load(records));
        Tally byYear = new Tally(SampleTables.BY_YEAR.name(), "sentences", "copies", Tally.keys());
        Tally byBody = new Tally(SampleTables.BY_BODY.name(), "sentences", "copies", Tally.keys());
        Tally byCategory = new Tally(SampleTables.BY_CATEGORY.name(), "sentences", "copies",
                java.util.Comparator.comparing((List<String> k) -> SampleTables.CATEGORIES.indexOf(k.get(0))));
        long[] blocks = new long[2]; // read, of them exact copies
        ListReading.Result list = ListReading.read(file, datasets.getParent(), sourceId, new TextBlocks(rules), r -> {
            boolean copy = !r.isNullAt(COPY_OF);
            blocks[0]++;
            blocks[1] += copy ? 1 : 0;
            String category = value(r, CATEGORY, SampleTables.CATEGORIES);
            String body = value(r, BODY, SampleTables.BODIES);
            byCategory.add(List.of(category), copy);
            if (r.isNullAt(YEAR)) {
                Tally.Left why = r.isNullAt(DATE_RAW) ? Tally.Left.EMPTY : Tally.Left.KEPT_AS_TEXT;
                byYear.leave(why);
                byBody.leave(why);
                return;
            }
            String year = String.valueOf(r.getInt(YEAR));
            byYear.add(List.of(year, category), copy);
            byBody.add(List.of(year, body), copy);
        });
        String sha = list.inputSha256();
        long copies = blocks[1];
        long n = blocks[0];
        String note = copies + " of the " + n + " blocks are exact copies of an earlier block: counted in 'copies', not in the counts";
        List<PublishedTable> tables = List.of(
                table(SampleTables.BY_YEAR, byYear, k -> row(k.get(0), k.get(1)), "datasets/records/sentence-categories.csv", sourceId, sha),
                table(SampleTables.BY_BODY, byBody, k -> row(k.get(0), k.get(1)), "datasets/records/sentencing-bodies.csv", sourceId, sha),
                table(SampleTables.BY_CATEGORY, byCategory, k -> row(k.get(0)), "datasets/records/sentence-categories.csv", sourceId, sha),
                new PublishedTable(SampleTables.ACCOUNTS, List.of(byYear.account(n, sourceId, note + "; blocks without a sentence "
                                + "year are left out (a date kept as text, or none)"),
                        byBody.account(n, sourceId, note + "; blocks without a sentence year are left out"),
                        byCategory.account(n, sourceId, note))));
        var a = list.account();
        return new Imported(sourceId, tables, a, a.in() + " blocks = " + a.out() + " counted + " + a.rejected()
                + " rejected; " + copies + " exact copies counted apart");
    }

    /** The rules give one of the known values, or fail loudly: a new value would fall out of every table's vocabulary. */
    private static String value(Row r, int column, List<String> known) {
        String v = text(r, column);
        if (v == null || !known.contains(v)) {
            throw new IllegalStateException("the rules gave '" + v + "', not one of " + known);
        }
        return v;
    }

    private static PublishedTable table(TableSpec spec, Tally t, Function<List<String>, List<String>> key, String rule,
                                        String sourceId, String sha) {
        List<List<String>> rows = new ArrayList<>();
        t.cells().forEach((k, c) -> {
            List<String> row = new ArrayList<>(key.apply(k));
            row.addAll(List.of(String.valueOf(c[0]), String.valueOf(c[1]), rule, sourceId, sha));
            rows.add(row);
        });
        return new PublishedTable(spec, rows);
    }
}
