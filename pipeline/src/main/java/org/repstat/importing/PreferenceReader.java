package org.repstat.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.repstat.io.InputException;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.provenance.Vocabulary;

/**
 * Reads {@code datasets/vocab/preference.csv}, the rule by which answer tables prefer one source's figure: its
 * criteria in rank order, each with the order of its values, checked against the vocabulary so that a reliability
 * grade missing from the rule cannot silently sort last.
 */
final class PreferenceReader {

    static final List<String> HEADER = List.of("rank", "criterion", "order", "rationale");
    static final List<String> PRECISION = List.of("exact", "rounded", "explicit", "qualified");
    static final List<String> DIRECTIONS = List.of("ascending", "descending");

    private PreferenceReader() {
    }

    static List<List<String>> read(Path file, Vocabulary vocabulary) {
        List<List<String>> out = new ArrayList<>();
        Set<String> criteria = new HashSet<>();
        RawTable table = RawTable.read(file, HEADER);
        for (RawRow row : table.rows()) {
            String rank = row.required("rank");
            if (!rank.equals(String.valueOf(out.size() + 1))) {
                throw row.error("rank", "expected rank " + (out.size() + 1) + " (ranks count 1, 2, 3 … in file order), found '" + rank + "'");
            }
            String criterion = row.required("criterion");
            if (!criteria.add(criterion)) {
                throw row.error("criterion", "duplicate criterion '" + criterion + "'");
            }
            List<String> order = List.of(row.required("order").split("\\|", -1));
            switch (criterion) {
                case "reliability" -> expectPermutation(row, order, List.copyOf(vocabulary.ids("reliability")));
                case "precision" -> expectPermutation(row, order, PRECISION);
                case "year", "source_id" -> {
                    if (order.size() != 1 || !DIRECTIONS.contains(order.get(0))) {
                        throw row.error("order", "expected ascending or descending, found '" + row.text("order") + "'");
                    }
                }
                default -> throw row.error("criterion", "expected reliability, precision, year or source_id, found '" + criterion + "'");
            }
            out.add(List.of(rank, criterion, row.text("order"), row.required("rationale")));
        }
        if (out.isEmpty()) {
            throw new InputException(file, 2, null, "expected at least one criterion, found a header only");
        }
        if (!criteria.contains("source_id")) {
            throw new InputException(file, table.rows().get(table.rows().size() - 1).line(), null,
                    "expected a last criterion source_id, so that every tie is broken the same way on every run");
        }
        return out;
    }

    private static void expectPermutation(RawRow row, List<String> order, List<String> all) {
        if (order.size() != all.size() || !new HashSet<>(order).equals(new HashSet<>(all))) {
            throw row.error("order", "expected each of " + all + " once, separated by '|', found '" + row.text("order") + "'");
        }
    }
}
