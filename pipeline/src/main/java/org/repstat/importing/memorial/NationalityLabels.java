package org.repstat.importing.memorial;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.provenance.Vocabulary;
import org.repstat.records.memorial.RuleTable;

/**
 * {@code nationalities.csv} beside the Moscow list: each nationality the rules name, in English, and the national
 * operation of 1937–38 that targeted it where our vocabulary names one (a judgement, with its reason in the note).
 * Every nationality must be a value of the nationality rules, and every operation a scope of the vocabulary.
 */
record NationalityLabels(Map<String, Label> labels) {

    static final String FILE = "nationalities.csv";
    static final List<String> HEADER = List.of("nationality", "label_en", "targeted_by", "note");

    record Label(String english, String targetedBy) {
    }

    static NationalityLabels read(Path file, RuleTable rules, Vocabulary vocabulary) {
        Set<String> values = new HashSet<>();
        rules.rules().forEach(r -> values.add(r.value()));
        Set<String> scopes = vocabulary.ids("scope");
        Map<String, Label> labels = new TreeMap<>();
        for (RawRow row : RawTable.read(file, HEADER).requireRows().rows()) {
            String n = row.required("nationality");
            if (!values.contains(n) || n.equals("unrecognised")) {
                throw row.error("nationality", "expected a nationality the rules of " + rules.file() + " give, found '" + n + "'");
            }
            String scope = row.text("targeted_by");
            if (!scope.isEmpty() && !scopes.contains(scope)) {
                throw row.error("targeted_by", "expected a scope of datasets/vocab/scopes.csv, found '" + scope + "'");
            }
            if (!scope.isEmpty()) {
                row.required("note"); // a judgement carries its reason
            }
            if (labels.put(n, new Label(row.required("label_en"), scope)) != null) {
                throw row.error("nationality", "'" + n + "' is listed twice");
            }
        }
        return new NationalityLabels(Map.copyOf(labels));
    }

    Label of(String nationality) {
        return labels.getOrDefault(nationality, new Label("", ""));
    }
}
