package org.repstat.answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.repstat.published.PublishedRow;
import org.repstat.published.PublishedRows;

/**
 * Which of several sources' values an answer table prefers, by the ordered criteria of
 * {@code datasets/vocab/preference.csv} (published as {@code preference.csv}): a documented, data-driven choice, so a
 * journalist can see why a row shows this figure and not another. The other values stay in the answer table's range
 * and in the observations.
 */
final class PreferenceRule {

    /** One observation as a candidate for a cell, with what the criteria need to know of its source. */
    record Candidate(PublishedRow row, String publication, String reliability, String year, boolean explicit,
                     boolean rounded) {
        String sourceId() {
            return row.text("source_id");
        }

        String qualifier() {
            return row.text("qualifier");
        }

        BigDecimal value() {
            return row.number("value");
        }

        /** exact, rounded (printed to a unit of rounding: "683,000", "347 тыс."), explicit (a printed range) or qualified ("about", "over" …). */
        String precision() {
            if (qualifier().equals("exact")) {
                return "exact";
            }
            if (rounded) {
                return "rounded";
            }
            return explicit ? "explicit" : "qualified";
        }
    }

    private final Comparator<Candidate> order;
    private final List<String> described;

    private PreferenceRule(Comparator<Candidate> order, List<String> described) {
        this.order = order;
        this.described = described;
    }

    static PreferenceRule of(PublishedRows table) {
        Comparator<Candidate> order = null;
        List<String> words = new ArrayList<>();
        for (PublishedRow r : table) {
            String criterion = r.text("criterion");
            List<String> values = List.of(r.text("order").split("\\|"));
            Comparator<Candidate> c = switch (criterion) {
                case "reliability" -> Comparator.comparingInt(k -> rank(values, k.reliability()));
                case "precision" -> Comparator.comparingInt(k -> rank(values, k.precision()));
                case "year" -> values.get(0).equals("descending")
                        ? Comparator.comparing((Candidate k) -> yearKey(k.year())).reversed()
                        : Comparator.comparing((Candidate k) -> yearKey(k.year()));
                case "source_id" -> values.get(0).equals("descending")
                        ? Comparator.comparing(Candidate::sourceId).reversed() : Comparator.comparing(Candidate::sourceId);
                default -> throw r.error("criterion", "expected reliability, precision, year or source_id, found '" + criterion + "'");
            };
            order = order == null ? c : order.thenComparing(c);
            words.add(criterion + " (" + String.join(" > ", values) + ")");
        }
        if (order == null) {
            throw new IllegalStateException("preference.csv has no criterion");
        }
        // Same source, same cell: the observation id decides, so the choice never depends on file order.
        order = order.thenComparing(k -> k.row().text("observation_id"));
        return new PreferenceRule(order, words);
    }

    private static int rank(List<String> values, String v) {
        int i = values.indexOf(v);
        return i < 0 ? values.size() : i;
    }

    /** An unknown year sorts last; "2005" and "2005a" by their digits first. */
    private static String yearKey(String year) {
        String digits = year.replaceAll("\\D.*", "");
        return digits.length() == 4 ? digits + year : "9999" + year;
    }

    Comparator<Candidate> order() {
        return order;
    }

    /** The rule in words, for the codebook and the answer tables' descriptions. */
    String describe() {
        return String.join(", then ", described);
    }
}
