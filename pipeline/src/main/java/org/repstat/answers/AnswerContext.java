package org.repstat.answers;

import java.util.HashMap;
import java.util.Map;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;

/**
 * What deriving the answer tables reads once: the published register (labels, reliability, copies, years), the
 * vocabularies' labels and which qualifiers print their own bounds, and the preference rule.
 */
final class AnswerContext {

    final PublishedReader reader;
    final PreferenceRule preference;
    private final Map<String, PublishedRow> sources = new HashMap<>();
    private final Map<String, Map<String, PublishedRow>> terms = new HashMap<>();
    private final Map<String, Boolean> explicit = new HashMap<>();
    private final Map<String, Boolean> rounded = new HashMap<>();
    private final Map<String, PublishedRow> misprints = new HashMap<>();

    AnswerContext(PublishedReader reader) {
        this.reader = reader;
        this.preference = PreferenceRule.of(reader.read("preference"));
        reader.read("sources").forEach(r -> sources.put(r.text("source_id"), r));
        for (String kind : new String[] {"measures", "scopes", "geographies"}) {
            Map<String, PublishedRow> m = new HashMap<>();
            reader.read(kind).forEach(r -> m.put(r.text("id"), r));
            terms.put(kind, m);
        }
        reader.readIfPublished("probable_misprints").forEach(r -> misprints.putIfAbsent(r.text("observation_id"), r));
        reader.read("qualifiers").forEach(r -> {
            explicit.put(r.text("id"), r.text("explicit").equals("true"));
            rounded.put(r.text("id"), r.text("printed_precision").equals("true"));
        });
    }

    PublishedRow source(String id) {
        PublishedRow s = sources.get(id);
        if (s == null) {
            throw new IllegalStateException("source '" + id + "' is not in the published register");
        }
        return s;
    }

    /** The source as people cite it: its label, or its id where the register gives no label yet. */
    String sourceLabel(String id) {
        String label = source(id).text("label");
        return label.isEmpty() ? id : label;
    }

    /** The publication a source is a copy of, or the source itself. */
    String publication(String id) {
        String copyOf = source(id).text("copy_of");
        return copyOf.isEmpty() ? id : copyOf;
    }

    String label(String kind, String id) {
        PublishedRow t = terms.get(kind).get(id);
        return t == null ? id : t.text("label");
    }

    /** The check stage's probable-misprint finding about an observation, or null. */
    PublishedRow misprint(String observationId) {
        return misprints.get(observationId);
    }

    PublishedRow geography(String id) {
        return terms.get("geographies").get(id);
    }

    PreferenceRule.Candidate candidate(PublishedRow observation) {
        String sourceId = observation.text("source_id");
        PublishedRow s = source(sourceId);
        return new PreferenceRule.Candidate(observation, publication(sourceId), s.text("reliability"), s.text("year"),
                explicit.getOrDefault(observation.text("qualifier"), false), rounded.getOrDefault(observation.text("qualifier"), false));
    }
}
