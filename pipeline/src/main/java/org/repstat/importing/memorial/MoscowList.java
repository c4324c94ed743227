package org.repstat.importing.memorial;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.repstat.importing.SourceKind;
import org.repstat.provenance.Vocabulary;
import org.repstat.published.PublishedTable;
import org.repstat.records.NormalisationRules;
import org.repstat.records.RecordSchema;
import org.repstat.records.memorial.MemorialRules;
import org.repstat.records.memorial.MoscowPages;

/**
 * The manifest kind {@value #KIND}: Memorial's "Расстрелы в Москве" pages, read where they were published (see
 * {@link org.repstat.importing.ExternalFiles}) by {@link MoscowPages}, and counted into the tables of
 * {@link MoscowTables}. Every paragraph is one person and is counted once, as the list counts them: the few people
 * who appear at two addresses are not merged (the pages cannot say which repeats are one person), and the accounts
 * say how many such repeats there are.
 */
public final class MoscowList implements SourceKind {

    public static final String KIND = "memorial_moscow_pages";

    static int field(String name) {
        return RecordSchema.PARQUET.fieldIndex(name);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<org.repstat.published.TableSpec> tables() {
        return MoscowTables.specs();
    }

    @Override
    public Imported read(Path file, String sourceId, Path datasets, Vocabulary vocabulary) {
        return ListCache.get(file, datasets, sourceId, () -> readList(file, sourceId, datasets, vocabulary));
    }

    private Imported readList(Path file, String sourceId, Path datasets, Vocabulary vocabulary) {
        Path records = datasets.resolve("records");
        MemorialRules rules = MemorialRules.load(records, NormalisationRules.load(records));
        NationalityLabels labels = NationalityLabels.read(file.resolveSibling(NationalityLabels.FILE), rules.nationalityRules(), vocabulary);
        MoscowCounts counts = new MoscowCounts(rules, labels);
        ListReading.Result list = ListReading.read(file, datasets.getParent(), sourceId, new MoscowPages(rules), counts::add);
        List<PublishedTable> tables = counts.tables(sourceId, list.inputSha256());
        var a = list.account();
        return new Imported(sourceId, tables, a, a.in() + " paragraphs (people) in " + list.listing().files().size()
                + " pages = " + a.out() + " counted + " + a.rejected() + " rejected");
    }

    static boolean in1937or1938(Integer year) {
        return year != null && (year == 1937 || year == 1938);
    }

    static String text(Row r, int i) {
        return r.isNullAt(i) ? null : r.getString(i);
    }
}
