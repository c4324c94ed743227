package org.repstat.checking.rules.camps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.rules.CheckRun;
import org.repstat.checking.rules.Rule;

/**
 * Kind {@code camp_duplicates}: no two camps share a name (case and spacing aside) or a camp page of Memorial's
 * reference book. One camp entered twice would be counted twice in every sum and map; two camps may also just
 * share a name, so each group is a warning for a reader to resolve, never merged.
 */
public final class DuplicatesRule implements Rule {

    /**
     * A page about one camp in the book's online edition ({@code …/r3/r3-228.htm}); links to its index or chapter
     * pages are shared by many camps by design and say nothing about duplicates.
     */
    private static final Pattern CAMP_PAGE = Pattern.compile(".*/r\\d+/r\\d+-\\d+\\.htm");

    @Override
    public KindSpec spec() {
        return KindSpec.NONE;
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        CampTables t = CampTables.of(run);
        Map<String, List<CampTables.Camp>> byName = t.camps().stream().collect(Collectors.groupingBy(
                c -> c.name().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), TreeMap::new, Collectors.toList()));
        // the same page is linked with and without "www."
        Map<String, List<CampTables.Camp>> byPage = t.camps().stream()
                .filter(c -> CAMP_PAGE.matcher(c.referenceUrl().toLowerCase(Locale.ROOT)).matches())
                .collect(Collectors.groupingBy(c -> c.referenceUrl().toLowerCase(Locale.ROOT).replace("://memo.ru", "://www.memo.ru"),
                        TreeMap::new, Collectors.toList()));
        List<CheckResult> out = new ArrayList<>();
        int groups = 0;
        for (var e : byName.entrySet()) {
            if (e.getValue().size() > 1) {
                groups++;
                out.add(group(d, t, "same name", "same name '" + e.getValue().get(0).name() + "'", e.getValue()));
            }
        }
        for (var e : byPage.entrySet()) {
            if (e.getValue().size() > 1) {
                groups++;
                out.add(group(d, t, "same page", "same reference-book page " + e.getKey(), e.getValue()));
            }
        }
        out.add(CampResults.summary(d, t.camps().size() + " camps, " + groups + " groups sharing a name or a camp page"));
        return CampResults.sorted(out);
    }

    private static CheckResult group(CheckDefinition d, CampTables t, String shared, String what, List<CampTables.Camp> group) {
        String ids = group.stream().map(c -> String.valueOf(c.id())).collect(Collectors.joining(", "));
        return CampResults.finding(d, "camps " + ids + " (" + shared + ")", String.valueOf(group.size()), "1", "",
                group.stream().map(CampTables.Camp::sourceRow).toList(),
                "Camps " + group.stream().map(c -> t.subject(c.id())).collect(Collectors.joining("; ")) + ": " + what
                        + ". They may be one camp entered twice or distinct camps (read their years and places).");
    }
}
