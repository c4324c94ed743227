package org.repstat.records;

import java.nio.file.Path;
import java.util.List;
import org.repstat.io.PublishedCsv;

/**
 * The field-by-field accounting of an import: for every field a format reads, over the parsed records, how many a
 * rule recognised, how many are kept as text because no rule read them, and how many are empty; the three add up to
 * the parsed records, and the job checks that they do. Texts no rule read are listed with their counts in
 * unrecognised-values.csv, the list from which the rules grow (never a name: names are kept as text by design).
 * The import tasks count them as they write ({@link ImportTally}): a field is empty when its raw text is null or
 * nothing but spaces, recognised when its value column holds a value other than {@code unrecognised}, else kept as
 * text.
 */
public final class FieldAccounts {

    public static final List<String> HEADER = List.of("field", "raw_column", "value_column", "records", "recognised",
            "kept_as_text", "empty");

    /** One field's counts. */
    public record Account(RecordFormat.AccountedField field, long records, long recognised, long text, long empty) {
        public boolean balances() {
            return records == recognised + text + empty;
        }
    }

    private FieldAccounts() {
    }

    public static void write(Path target, List<Account> accounts) {
        PublishedCsv.write(target, HEADER, accounts.stream().map(a -> List.of(a.field().name(), a.field().raw(),
                a.field().value() == null ? "" : a.field().value(), String.valueOf(a.records()), String.valueOf(a.recognised()),
                String.valueOf(a.text()), String.valueOf(a.empty()))).toList());
    }
}
