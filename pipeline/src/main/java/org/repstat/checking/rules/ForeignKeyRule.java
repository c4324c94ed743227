package org.repstat.checking.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.PublishedData;
import org.repstat.published.TableSpec;

/**
 * Every reference resolves: a source id names a register entry, a measure or scope names a vocabulary term.
 * Built twice: once for the vocabularies ({@code vocabulary}), once for everything else ({@code foreign_key}).
 */
public final class ForeignKeyRule implements Rule {

    static final Set<String> VOCABULARY_TABLES = Set.of("measures", "scopes", "geographies", "units", "qualifiers",
            "event_types", "source_types", "reliability");

    private final Predicate<String> targets;

    private ForeignKeyRule(Predicate<String> targets) {
        this.targets = targets;
    }

    public static ForeignKeyRule vocabulary() {
        return new ForeignKeyRule(VOCABULARY_TABLES::contains);
    }

    public static ForeignKeyRule register() {
        return new ForeignKeyRule(r -> !VOCABULARY_TABLES.contains(r));
    }

    @Override
    public KindSpec spec() {
        return KindSpec.NONE;
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        List<CheckResult> out = new ArrayList<>();
        for (PublishedData.Table t : run.data().tables().values()) {
            for (TableSpec.ForeignKey fk : t.spec().foreignKeys()) {
                if (!targets.test(fk.resource())) {
                    continue;
                }
                PublishedData.Table target = run.data().table(fk.resource());
                Set<String> keys = new HashSet<>();
                if (target != null) {
                    target.rows().forEach(r -> keys.add(r.get(fk.referencedField())));
                }
                List<String> dangling = new ArrayList<>();
                for (int i = 0; i < t.rows().size(); i++) {
                    Map<String, String> row = t.rows().get(i);
                    String v = row.get(fk.field());
                    if (v != null && !v.isEmpty() && !keys.contains(v)) {
                        dangling.add("'" + v + "' at line " + t.lines().get(i));
                    }
                }
                out.add(Outcomes.finding(d, dangling.isEmpty() && target != null,
                        t.spec().path() + " " + fk.field() + " → " + fk.resource() + "." + fk.referencedField(),
                        dangling.size() + " unresolved", "every value resolves", List.of(), Outcomes.firstFew(dangling),
                        target == null ? "table " + fk.resource() + " is not published"
                                : dangling.isEmpty() ? "every reference resolves" : "unresolved: " + String.join("; ", Outcomes.firstFew(dangling))));
            }
        }
        return out;
    }
}
