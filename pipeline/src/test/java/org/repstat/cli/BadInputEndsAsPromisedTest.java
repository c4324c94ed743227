package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.BadInput;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;

/**
 * The reproductions of issue 17, items 1–3, each on a corrupted copy of the real data: every one used to end in a
 * stack trace (exit 3), in a message without its place or with the wrong one, or in exit 0 with bad data published.
 * Each now ends with exit 2, the file, line and column that are wrong, no stack trace, and nothing published.
 */
class BadInputEndsAsPromisedTest {

    @TempDir
    Path dir;
    Workspace ws;

    static final String OBS = "datasets/raw/whitewood-2015/observations.csv";
    static final String CAMPS = "datasets/raw/urbica-gulag-admin-2017/";

    @BeforeEach
    void copy() {
        ws = TestWorkspace.copyOfDatasets(dir);
    }

    private Path file(String path) {
        return dir.resolve(path);
    }

    private void edit(String path, String from, String to) {
        TestWorkspace.replaceInFile(file(path), from, to);
    }

    private static void has(String err, String... parts) {
        for (String p : parts) {
            assertTrue(err.contains(p), "expected «" + p + "» in:\n" + err);
        }
    }

    // --- 1. exit 3 with a stack trace instead of exit 2 with a place ---------------------------------------------

    @Test
    void aMissingVocabularyFileIsNamed() throws IOException {
        Files.delete(file("datasets/vocab/scopes.csv"));
        has(BadInput.refused(ws, "import"), "datasets/vocab/scopes.csv: expected a file, found nothing at this path");
    }

    @Test
    void aVocabularyFileThatIsADirectoryIsNamed() throws IOException {
        Files.delete(file("datasets/vocab/scopes.csv"));
        Files.createDirectory(file("datasets/vocab/scopes.csv"));
        has(BadInput.refused(ws, "import"), "datasets/vocab/scopes.csv: expected a file, found a directory");
    }

    @Test
    void aSymlinkLoopInPlaceOfTheRegisterIsNamed() throws IOException {
        Files.delete(file("datasets/raw/sources.csv"));
        Files.createSymbolicLink(file("datasets/raw/sources.csv"), Path.of("sources.csv"));
        has(BadInput.refused(ws, "import"), "datasets/raw/sources.csv: cannot read the file");
    }

    @Test
    void aMissingCatalogueIsNamed() throws IOException {
        Files.delete(file("datasets/checks/catalogue.csv"));
        has(BadInput.refused(ws, "check"), "datasets/checks/catalogue.csv: expected a file, found nothing at this path");
    }

    @Test
    void aMissingHandWrittenPartOfTheCodebookIsNamed() throws IOException {
        Files.delete(file("datasets/codebook/intro.md"));
        has(BadInput.refused(ws, "import"), "datasets/codebook/intro.md: expected a file, found nothing at this path");
    }

    @Test
    void aHomeThatDoesNotExistIsNamed() {
        has(BadInput.refusedAsGiven("import", "--home", dir.resolve("nonexistent").toString()),
                "nonexistent: expected the repository's directory, holding datasets/, found nothing at this path (--home)");
    }

    @Test
    void aQualifierRuleWhoseLowerFactorIsAboveItsUpperIsNamedAtItsLine() {
        edit("datasets/vocab/qualifiers.csv", "approximately,0.95,0,1.05,", "approximately,1.2,0,1.05,");
        has(BadInput.refused(ws, "import"), "datasets/vocab/qualifiers.csv:3: column 2 (lower_factor): expected a lower factor at most"
                + " the upper factor 1.05, found 1.2: the rule would put the lower bound above the upper (350000 → 420000 .. 367500)");
    }

    @Test
    void aCatalogueParamThatIsNotANumberIsNamed() {
        edit("datasets/checks/catalogue.csv", "min=0; max=100", "min=zero; max=100");
        has(BadInput.refused(ws, "check"), "datasets/checks/catalogue.csv:13: column 11 (params): min: expected a number, found 'zero'");
    }

    @Test
    void aCatalogueSelectorOnAnUnknownColumnIsNamed() {
        edit("datasets/checks/catalogue.csv", "typing error.,unit=persons,", "typing error.,unitt=persons,");
        has(BadInput.refused(ws, "check"), "datasets/checks/catalogue.csv:11: column 7 (select): expected a column of observations [observation_id, dataset, role, measure");
    }

    @Test
    void aRegisteredDifferenceThatIsNotANumberIsNamed() {
        edit("datasets/checks/disagreements.csv", ",unknown,unexplained,869,", ",unknown,unexplained,abc,");
        has(BadInput.refused(ws, "check"), "datasets/checks/disagreements.csv:2: column 6 (difference): expected the size of the difference"
                + " as a number (1308, -40, 0.5) or ±number (either sign), found 'abc'");
    }

    @Test
    void aColumnPlanRoleWithABadYearIsNamed() {
        edit(CAMPS + "columns.csv", "67,people_1930,people:1930", "67,people_1930,people:19x8");
        has(BadInput.refused(ws, "import"), CAMPS + "columns.csv:68: column 3 (role): expected a role as the importer reads them", "found 'people:19x8'");
    }

    @Test
    void anOverflowingFigureInTheCampsFileIsNamedAtItsCell() {
        edit(CAMPS + "data.csv", ",24 284,", ",24284999999999999999999,");
        BadInput.resealCampsFile(ws);
        has(BadInput.refused(ws, "import"), CAMPS + "data.csv:13: column 67 (people_1930): expected a number of at most 15 significant digits,"
                + " found '24284999999999999999999' (23)");
    }

    @Test
    void verboseShowsWhereInTheCodeTheBadInputWasFound() throws IOException {
        Files.delete(file("datasets/vocab/scopes.csv"));
        org.repstat.CliRun.Result r = org.repstat.CliRun.run("import", "--verbose", "--home", dir.toString());
        assertTrue(r.exitCode() == 2 && r.err().contains("datasets/vocab/scopes.csv: expected a file") && r.err().contains("\tat org.repstat."), r.err());
    }

    // --- 2. no place, or the wrong one ---------------------------------------------------------------------------

    @Test
    void aByteThatIsNotUtf8IsNamedByLineColumnAndOffset() {
        byte[] bytes = BadInput.read(file(OBS));
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("approximately 1.15 million");
        byte[] broken = bytes.clone();
        broken[text.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
        BadInput.write(file(OBS), broken);
        has(BadInput.refused(ws, "import"), OBS + ":2: column 13 (byte offset " + text.substring(0, at).getBytes(StandardCharsets.UTF_8).length
                + "): expected UTF-8 text, found the byte 0xFF");
    }

    @Test
    void anUnclosedQuoteIsNamedWhereItOpens() throws IOException {
        Path obs = file(OBS);
        String text = Files.readString(obs);
        Files.writeString(obs, text.substring(0, text.length() - 1) + ",\"never closed\n");
        String err = BadInput.refused(ws, "import");
        has(err, OBS + ":15: column 19: expected a closing quote for the field that opens here, found the end of the file");
        assertTrue(!err.contains("position:"), err);
    }

    @Test
    void aQuoteThatClosesTooEarlyIsNamedAtItsField() {
        // the stray quote opens column 13, and the quote that opens column 15 closes it: what follows is not a comma
        edit(OBS, "persons,980,footnote=63", "persons,\"980,footnote=63");
        has(BadInput.refused(ws, "import"), OBS + ":4: column 13: expected a comma or a line end after the closing quote"
                + " of this field, found 'I' (a quote inside a quoted field is written twice: \"\")");
    }

    @Test
    void aDuplicatedManifestPathIsBlamedOnTheManifest() {
        edit("datasets/raw/manifest.csv", "20thcenturywars-2024-06-11/observations.csv,", "10-mifov-o-kgb-bibliboba-p29/observations.csv,");
        has(BadInput.refused(ws, "import"), "datasets/raw/manifest.csv:3: column 1 (path): duplicate path '10-mifov-o-kgb-bibliboba-p29/observations.csv'"
                + " (first listed at line 2)");
    }

    @Test
    void aBooleanTypoInTheQualifiersIsBlamedOnTheQualifiers() {
        edit("datasets/vocab/qualifiers.csv", "range,,,,,true,", "range,,,,,ture,");
        has(BadInput.refused(ws, "import"), "datasets/vocab/qualifiers.csv:8: column 6 (explicit): expected true or false, found 'ture'");
    }

    @Test
    void anUnknownQualifierInTheCellRulesIsBlamedOnTheRule() {
        edit(CAMPS + "cell-rules.csv", "number,prisoners,at_most,", "number,prisoners,up_to,");
        has(BadInput.refused(ws, "import"), CAMPS + "cell-rules.csv:4: column 7 (qualifier): expected a qualifier from datasets/vocab/qualifiers.csv",
                "found 'up_to'");
    }

    @Test
    void aCampsCellIsNamedAtThePhysicalLineItStandsOn() {
        // camp 2's record begins at line 8; its people_1930 cell, "9200", stands on line 9
        edit(CAMPS + "data.csv", ",9200,18200,", ",9200 человек,18200,");
        BadInput.resealCampsFile(ws);
        has(BadInput.refused(ws, "import"), CAMPS + "data.csv:9: column 67 (people_1930): no rule in cell-rules.csv takes this people cell");
    }

    // --- 3. bad input accepted ------------------------------------------------------------------------------------

    @Test
    void aValueTooLongForAnyReaderIsRefusedBeforeAnythingIsPublished() {
        edit(OBS, ",683000,round_figure,", ",99999999999999999999,exact,");
        has(BadInput.refused(ws, "run"), OBS + ":3: column 8 (value): expected a number of at most 15 significant digits, found '99999999999999999999' (20)");
    }

    @Test
    void theSameNumberInTheConvictionsTableIsRefusedInsteadOfHangingTheCharts() {
        edit("datasets/raw/lewin-2005-appendix-fb2/table.csv", "1937,790665,", "1937,99999999999999999999,");
        has(BadInput.refused(ws, "import"), "lewin-2005-appendix-fb2/table.csv:18: column 2 (total_sentenced): expected a number of at most 15");
    }

    @Test
    void aFifteenDigitCountThatNoChartCanDrawIsRefused() {
        // 15 digits are exact as a double, but the chart stage's axis ticks never ended for it
        edit("datasets/raw/lewin-2005-appendix-fb2/table.csv", "1937,790665,", "1937,999999999999999,");
        has(BadInput.refused(ws, "run"), "lewin-2005-appendix-fb2/table.csv:18: column 2 (total_sentenced): expected a number below 10^14,"
                + " found '999999999999999' (15 digits before the decimal point)");
    }

    @Test
    void anImpossibleDayInTheCampsFileIsRefused() {
        edit(CAMPS + "data.csv", ",01.01.1938,", ",30.02.1938,");
        BadInput.resealCampsFile(ws);
        has(BadInput.refused(ws, "import"), "data.csv:", "column 59 (date_if_max_people): expected a date the calendar has, found '30.02.1938'");
    }

    @Test
    void anImpossibleMonthInTheCampsFileIsRefused() {
        edit(CAMPS + "data.csv", ",01.01.1938,", ",01.13.1937,");
        BadInput.resealCampsFile(ws);
        has(BadInput.refused(ws, "import"), "column 59 (date_if_max_people): expected a date the calendar has, found '01.13.1937'");
    }

    @Test
    void aYearRangeThatEndsBeforeItStartsIsRefused() {
        edit(CAMPS + "data.csv", ",1952-1953,", ",1953-1952,");
        BadInput.resealCampsFile(ws);
        has(BadInput.refused(ws, "import"), "data.csv:1076: column 59 (date_if_max_people): expected a range that ends on or after it starts,"
                + " found '1953-1952' (ends 1952, before 1953)");
    }

    @Test
    void aHeaderOnlyManifestIsRefused() throws IOException {
        Path manifest = file("datasets/raw/manifest.csv");
        Files.writeString(manifest, Files.readAllLines(manifest).get(0) + "\n");
        has(BadInput.refused(ws, "import"), "datasets/raw/manifest.csv:2: expected at least one row after the header, found a header only");
    }

    @Test
    void anEmptyCampsFileIsRefused() {
        BadInput.write(file(CAMPS + "data.csv"), new byte[0]);
        BadInput.resealCampsFile(ws);
        has(BadInput.refused(ws, "import"), CAMPS + "data.csv:1: expected the camps file's header and its 493 rows, found an empty file");
    }

    @Test
    void aHeaderOnlyCatalogueIsRefused() throws IOException {
        Path catalogue = file("datasets/checks/catalogue.csv");
        Files.writeString(catalogue, Files.readAllLines(catalogue).get(0) + "\n");
        has(BadInput.refused(ws, "check"), "datasets/checks/catalogue.csv:2: expected at least one row after the header, found a header only");
    }

    @Test
    void yesIsNotABoolean() {
        edit(CAMPS + "cell-rules.csv", "plain_integer,people max_people,false,", "plain_integer,people max_people,yes,");
        has(BadInput.refused(ws, "import"), CAMPS + "cell-rules.csv:2: column 3 (spilled_only): expected true or false, found 'yes'");
    }

    @Test
    void aDuplicatedDisagreementIsRefusedBeforeItDuplicatesAKeyOfChecksCsv() throws IOException {
        Path register = file("datasets/checks/disagreements.csv");
        var lines = new java.util.ArrayList<>(Files.readAllLines(register));
        lines.add(2, lines.get(1));
        Files.write(register, lines);
        has(BadInput.refused(ws, "check"), "datasets/checks/disagreements.csv:3: column 1 (disagreement_id): duplicate disagreement id"
                + " '20thcenturywars-arrested' (first at line 2)");
    }
}
