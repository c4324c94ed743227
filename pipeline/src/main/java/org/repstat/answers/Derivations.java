package org.repstat.answers;

import java.util.List;
import java.util.Map;
import org.repstat.published.PublishedReader;
import org.repstat.published.TableSpec;
import org.repstat.topics.AnswerSpec;

/**
 * The named functions a derived answer table may call: a computation over published tables that a selector cannot
 * express (the camps file summed by year, say). Each declares its own Table Schema and its inputs.
 */
public final class Derivations {

    /** One derivation: its schema, the published tables it reads, and its rows. */
    public interface Derivation {
        TableSpec spec(AnswerSpec answer);

        List<String> reads();

        List<List<String>> rows(AnswerSpec answer, PublishedReader reader);
    }

    private static final Map<String, Derivation> BY_NAME = Map.of(
            "camp_prisoners_by_year", new CampPrisonersByYear(),
            "camp_year_sums", new CampYearSums(),
            "list_burial_places", new MoscowListAnswers.BurialPlaces(),
            "list_nationalities", new MoscowListAnswers.Nationalities());

    private Derivations() {
    }

    public static java.util.Set<String> names() {
        return BY_NAME.keySet();
    }

    static Derivation get(AnswerSpec a) {
        Derivation d = BY_NAME.get(a.function());
        if (d == null) {
            throw a.node().mapping().get("function").error("expected a derivation, one of " + new java.util.TreeSet<>(BY_NAME.keySet())
                    + ", found '" + a.function() + "'");
        }
        return d;
    }
}
