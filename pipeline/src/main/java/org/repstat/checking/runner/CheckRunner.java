package org.repstat.checking.runner;

import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.CheckStatus;
import org.repstat.checking.KindSpec;
import org.repstat.checking.PublishedData;
import org.repstat.checking.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.repstat.Workspace;
import org.repstat.checking.rules.AgreementRule;
import org.repstat.checking.rules.BoundsRule;
import org.repstat.checking.rules.CheckRun;
import org.repstat.checking.rules.CopyOfRule;
import org.repstat.checking.rules.DateOrderRule;
import org.repstat.checking.rules.ForeignKeyRule;
import org.repstat.checking.rules.MeasureUnitRule;
import org.repstat.checking.rules.MisprintRule;
import org.repstat.checking.rules.OrderRule;
import org.repstat.checking.rules.PairAgreementRule;
import org.repstat.checking.rules.ProvenanceRule;
import org.repstat.checking.rules.QualifierConsistencyRule;
import org.repstat.checking.rules.RangeRule;
import org.repstat.checking.rules.RowAccountingRule;
import org.repstat.checking.rules.Rule;
import org.repstat.checking.rules.SchemaRule;
import org.repstat.checking.rules.SumRule;
import org.repstat.checking.rules.UniqueKeyRule;
import org.repstat.checking.rules.camps.CoordinatesRule;
import org.repstat.checking.rules.camps.CoverageRule;
import org.repstat.checking.rules.camps.DuplicatesRule;
import org.repstat.checking.rules.camps.FiguresInOpenYearsRule;
import org.repstat.checking.rules.camps.MaxInItsYearRule;
import org.repstat.checking.rules.camps.MaxIsMaximumRule;
import org.repstat.checking.rules.camps.NamedCountryRule;
import org.repstat.checking.rules.camps.NonNegativeRule;
import org.repstat.checking.rules.camps.PlausibleCountRule;
import org.repstat.checking.rules.camps.YearsInOrderRule;
import org.repstat.checking.rules.lists.ListAccountingRule;
import org.repstat.checking.rules.lists.ListShareRule;
import org.repstat.published.PublishedReader;
import org.repstat.published.TableSpec;

/**
 * The check stage: runs every catalogue check over the published tables, applies the known-disagreements register,
 * and returns the results and the reconciliation rows. It reads {@code datasets/clean/} as published, so it checks
 * what readers get.
 */
public final class CheckRunner {

    /** Each rule kind the catalogue may name. */
    public static final Map<String, Rule> RULES = rules();

    private CheckRunner() {
    }

    private static Map<String, Rule> rules() {
        Map<String, Rule> r = new LinkedHashMap<>();
        r.put("schema", new SchemaRule());
        r.put("provenance", new ProvenanceRule());
        r.put("unique_key", new UniqueKeyRule());
        r.put("vocabulary", ForeignKeyRule.vocabulary());
        r.put("foreign_key", ForeignKeyRule.register());
        r.put("bounds", new BoundsRule());
        r.put("non_negative", new RangeRule());
        r.put("plausible_range", new RangeRule());
        r.put("order", new OrderRule());
        r.put("sum", new SumRule());
        r.put("agreement", new AgreementRule());
        r.put("pair_agreement", new PairAgreementRule());
        r.put("qualifier_consistency", new QualifierConsistencyRule());
        r.put("date_order", new DateOrderRule());
        r.put("row_accounting", new RowAccountingRule());
        // the Gulag camps file's tables: one kind per check of a camp's own row, its places and its yearly sums
        r.put("camp_max_in_its_year", new MaxInItsYearRule());
        r.put("camp_max_is_maximum", new MaxIsMaximumRule());
        r.put("camp_figures_in_open_years", new FiguresInOpenYearsRule());
        r.put("camp_years_in_order", new YearsInOrderRule());
        r.put("camp_non_negative", new NonNegativeRule());
        r.put("camp_plausible_count", new PlausibleCountRule());
        r.put("camp_coordinates", new CoordinatesRule());
        r.put("camp_in_named_country", new NamedCountryRule());
        r.put("camp_duplicates", new DuplicatesRule());
        r.put("camp_coverage", new CoverageRule());
        r.put("measure_unit", new MeasureUnitRule());
        r.put("copy_of", new CopyOfRule());
        r.put("misprint", new MisprintRule());
        r.put("spreadsheet_formula", new org.repstat.checking.rules.SpreadsheetFormulaRule());
        // Memorial's lists: their accounts, and shares (never totals) against the official tables
        r.put("list_accounting", new ListAccountingRule());
        r.put("moscow_year_share", new ListShareRule("moscow_executions_by_year", "executions"));
        r.put("moscow_nationality_share", new ListShareRule("moscow_executions_by_nationality", "executions"));
        r.put("sample_sentence_share", new ListShareRule("memorial_sample_sentences_by_year", "sentences"));
        return java.util.Collections.unmodifiableMap(r);
    }

    /** The outcome of a run: every result row, the reconciliation matrix and the probable misprints found. */
    public record Report(List<CheckResult> results, List<List<String>> reconciliation, int definitions,
                         List<List<String>> misprints) {

        public long count(CheckStatus status) {
            return results.stream().filter(r -> r.status() == status).count();
        }

        public boolean failsRun() {
            return results.stream().anyMatch(CheckResult::failsRun);
        }
    }

    /**
     * Runs the catalogue over the published tables. Every check reads {@code datasets/clean/} (and, for the few
     * that name one in their params, a reference file under {@code datasets/raw/}); no source file is imported here.
     *
     * @param specs  every published table (the schema, key and reference checks read them all)
     * @param topics the topic ids a catalogue row may name: the topic specs' pages
     */
    public static Report run(Workspace ws, List<TableSpec> specs, Set<String> topics) {
        List<CheckDefinition> catalogue = catalogue(ws, specs, topics);
        Disagreements register = Disagreements.read(ws.datasets().resolve("checks/disagreements.csv"));
        CheckRun run = new CheckRun(PublishedData.read(PublishedReader.lenient(ws.clean(), specs)), ws.raw());
        List<CheckResult> results = new ArrayList<>();
        for (CheckDefinition d : catalogue) {
            for (CheckResult r : RULES.get(d.kind()).apply(d, run)) {
                results.add(applyRegister(r, register));
            }
        }
        results.addAll(staleEntries(register, results));
        return new Report(List.copyOf(results), List.copyOf(run.reconciliation()), catalogue.size(),
                run.misprints().stream().sorted(java.util.Comparator.comparing((List<String> m) -> m.get(0))
                        .thenComparing(m -> m.get(1))).toList());
    }

    /** The catalogue, every row's kind, topic, columns and params resolved against the rules and published tables. */
    public static List<CheckDefinition> catalogue(Workspace ws, List<TableSpec> specs, Set<String> topics) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (TableSpec s : specs) {
            columns.put(s.name(), s.header());
        }
        Map<String, KindSpec> kinds = new LinkedHashMap<>();
        RULES.forEach((kind, rule) -> kinds.put(kind, rule.spec()));
        return Catalogue.read(ws.datasets().resolve("checks/catalogue.csv"), kinds, topics, columns);
    }

    private static CheckResult applyRegister(CheckResult r, Disagreements register) {
        if (r.status() == CheckStatus.PASS) {
            return r;
        }
        Disagreements.Entry e = register.covering(r);
        if (e == null) {
            return r;
        }
        CheckStatus status = e.explained() ? CheckStatus.EXPLAINED : CheckStatus.WARN;
        String message = r.message() + " — registered disagreement " + e.id() + " (" + e.reason() + "): " + e.explanation();
        return new CheckResult(r.checkId(), r.kind(), r.topic(), r.severity(), status, r.subject(), r.observed(),
                r.expected(), r.tolerance(), r.difference(), r.relativeDifference(), r.observationIds(), r.sourceRows(),
                message, r.why());
    }

    /** A register entry that no failing check uses any more is out of date: say so, so the register stays true. */
    private static List<CheckResult> staleEntries(Disagreements register, List<CheckResult> results) {
        Set<String> used = new HashSet<>();
        for (CheckResult r : results) {
            if (r.status() == CheckStatus.EXPLAINED || r.message().contains("— registered disagreement ")) {
                Disagreements.Entry e = register.covering(r);
                if (e != null) {
                    used.add(e.id());
                }
            }
        }
        List<CheckResult> out = new ArrayList<>();
        for (Disagreements.Entry e : register.entries()) {
            boolean ok = used.contains(e.id());
            out.add(new CheckResult("disagreements-register-current", "register", "method", Severity.WARNING,
                    ok ? CheckStatus.PASS : CheckStatus.WARN, e.id(), ok ? "in use" : "matches no failing check",
                    "covers a failing check", "", "", "", List.copyOf(new java.util.TreeSet<>(e.observationIds())), List.of(),
                    ok ? "the entry explains a live disagreement" : "the entry matches no failing check: the data or the check changed; review it",
                    "A register of explanations is only trustworthy if every entry still explains something."));
        }
        return out;
    }
}
