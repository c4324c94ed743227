package org.repstat.checking.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.ParamType;
import org.repstat.provenance.PartialDate;

/**
 * Events in causal order: an arrest before the trial before the execution; an order signed before the operation it
 * starts. With partial dates ("June 1937") it fails only when the order is certainly broken: when the earliest day
 * the first event can be is after the latest day the next can be. Param {@code sequence=id, id, …} names the events
 * in the order they must have happened (several chains separated by {@code /}); without it, every event's end is checked against its start.
 */
public final class DateOrderRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.NONE.param("sequence", ParamType.TEXT);
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        Map<String, Map<String, String>> events = new HashMap<>();
        run.data().rows("events").forEach(e -> events.put(e.get("event_id"), e));
        String sequence = d.param("sequence", "");
        List<CheckResult> out = new ArrayList<>();
        if (sequence.isEmpty()) {
            List<String> broken = new ArrayList<>();
            for (Map<String, String> e : run.data().rows("events")) {
                if (!e.get("date_end").isEmpty() && PartialDate.parse(e.get("date_end")).latest()
                        .isBefore(PartialDate.parse(e.get("date_start")).earliest())) {
                    broken.add(e.get("event_id"));
                }
            }
            out.add(Outcomes.finding(d, broken.isEmpty(), "all events", broken.size() + " end before they start",
                    "none", broken, List.of(), broken.isEmpty() ? "every event ends on or after its start" : "end before start"));
            return out;
        }
        for (String chain : sequence.split("/")) {
            out.addAll(chain(d, events, chain.split(",")));
        }
        return out;
    }

    private static List<CheckResult> chain(CheckDefinition d, Map<String, Map<String, String>> events, String[] ids) {
        List<CheckResult> out = new ArrayList<>();
        for (int i = 0; i + 1 < ids.length; i++) {
            Map<String, String> a = events.get(ids[i].strip());
            Map<String, String> b = events.get(ids[i + 1].strip());
            String subject = ids[i].strip() + " → " + ids[i + 1].strip();
            if (a == null || b == null) {
                out.add(Outcomes.finding(d, false, subject, "missing event", "both events published",
                        List.of(ids[i].strip(), ids[i + 1].strip()), List.of(), "an event of the sequence is not in events.csv"));
                continue;
            }
            PartialDate aStart = PartialDate.parse(a.get("date_start"));
            PartialDate bEnd = PartialDate.parse(b.get("date_end").isEmpty() ? b.get("date_start") : b.get("date_end"));
            boolean ok = !aStart.earliest().isAfter(bEnd.latest());
            out.add(Outcomes.finding(d, ok, subject, a.get("date_start") + " (" + a.get("date_as_printed") + ")",
                    "not after " + b.get("date_start") + " (" + b.get("date_as_printed") + ")",
                    List.of(a.get("event_id"), b.get("event_id")),
                    List.of(a.get("source_id") + " " + a.get("locator"), b.get("source_id") + " " + b.get("locator")),
                    ok ? "in causal order" : "the first event is dated after the second"));
        }
        return out;
    }
}
