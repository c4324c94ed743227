package org.repstat.querying;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRows;
import org.repstat.published.TableSpec;
import org.repstat.topics.AnswerSpec;
import org.repstat.topics.TopicSpec;

/** The answer tables as published, by table name or by topic: what {@code repstat query --answer} prints. */
public final class AnswerQuery {

    private AnswerQuery() {
    }

    /** The answer table of this name, or every answer table of the topic of this id, in declaration order. */
    public static List<AnswerSpec> find(String nameOrTopic, List<TopicSpec> topics) {
        List<AnswerSpec> out = new ArrayList<>();
        TreeSet<String> known = new TreeSet<>();
        for (TopicSpec t : topics) {
            for (AnswerSpec a : t.answers()) {
                known.add(a.id());
                if (a.id().equals(nameOrTopic) || t.id().equals(nameOrTopic)) {
                    out.add(a);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no answer table or topic with answer tables named '" + nameOrTopic + "' (answer tables: "
                    + String.join(", ", known) + "; topics: " + String.join(", ", topics.stream().filter(t -> !t.answers().isEmpty())
                    .map(TopicSpec::id).sorted().toList()) + ")");
        }
        return out;
    }

    /**
     * The columns a person reads first: a wide table's key with its labels and, per value column, the preferred
     * figure, its qualifier and its source; a listing's figure, bounds and source; a derived table whole.
     */
    public static List<String> readableColumns(AnswerSpec a, TableSpec spec) {
        List<String> header = spec.header();
        List<String> out = new ArrayList<>();
        switch (a.shape()) {
            case "wide" -> {
                for (String k : a.rows()) {
                    out.add(k);
                    if (header.contains(k + "_label")) {
                        out.add(k + "_label");
                    }
                }
                for (AnswerSpec.Column c : a.columns()) {
                    out.add(c.id());
                    out.add(c.id() + "_qualifier");
                    out.add(c.id() + "_source");
                }
            }
            case "listing" -> out.addAll(List.of("observation_id", "measure_label", "scope_label", "geography_label",
                    "period_start", "period_end", "value", "qualifier", "lower", "upper", "source", "reliability"));
            default -> out.addAll(header);
        }
        return out.stream().filter(header::contains).toList();
    }

    /** The published table with these columns (null: every column), rows in file order. */
    public static ResultTable table(AnswerSpec a, PublishedReader reader, List<String> columns) {
        PublishedRows rows = reader.read(a.id());
        List<String> shown = columns == null ? rows.header() : columns;
        List<String> unknown = shown.stream().filter(c -> !rows.header().contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("answer table " + a.id() + " has no column " + String.join(", ", unknown)
                    + " (columns: " + String.join(", ", rows.header()) + ")");
        }
        return new ResultTable(a.id(), shown, ResultTable.types(rows.spec(), shown),
                rows.stream().map(r -> r.values(shown)).toList());
    }
}
