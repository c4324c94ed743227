package org.repstat.checking.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.KindSpec;
import org.repstat.checking.CheckResult;

/**
 * Every register entry marked as a copy ({@code copy_of}) names the publication itself: an entry that exists and is
 * not a copy in turn. Answer tables and sums take one copy per publication and the checks compare the copies; both
 * rely on every copy leading to its publication in one step.
 */
public final class CopyOfRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.selecting("sources");
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        Map<String, Map<String, String>> sources = new HashMap<>();
        for (Map<String, String> s : run.data().rows("sources")) {
            sources.put(s.get("source_id"), s);
        }
        List<CheckResult> out = new ArrayList<>();
        for (Map<String, String> s : run.data().rows("sources")) {
            String id = s.get("source_id");
            String target = s.getOrDefault("copy_of", "");
            if (target.isEmpty() || !d.select().test(s)) {
                continue;
            }
            Map<String, String> t = sources.get(target);
            String problem = t == null ? "'" + target + "' is not in the register"
                    : target.equals(id) ? "an entry cannot be a copy of itself"
                    : !t.getOrDefault("copy_of", "").isEmpty() ? "'" + target + "' is itself a copy (of '" + t.get("copy_of")
                    + "'): point copy_of at the publication" : null;
            out.add(Outcomes.finding(d, problem == null, id + " → " + target, target,
                    "a register entry that is not itself a copy", List.of(), List.of(),
                    problem == null ? "a copy of " + target : problem));
        }
        return out;
    }
}
