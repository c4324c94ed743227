package org.repstat.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.provenance.Observation;

/**
 * The import's rules for units, per-cell notes and copies, on a copy of the real data: each bad cell is named by
 * file, line and column, and the good ones reach the curated data.
 */
class ImportRulesTest {

    @TempDir
    Path dir;
    Workspace ws;

    static final String TRANTOR = "lewin-2005-appendix-trantor/";

    @BeforeEach
    void copy() {
        ws = TestWorkspace.copyOfDatasets(dir);
    }

    private CuratedData importAll() {
        return new Importer(ws.datasets(), org.repstat.pipeline.SourceKinds.all()).importAll();
    }

    /** The located problem(s): a row problem is collected with the others, a file-level one stops the import. */
    private String failure() {
        RuntimeException e = assertThrows(RuntimeException.class, this::importAll);
        assertTrue(e instanceof ImportFailedException || e instanceof org.repstat.io.InputException, e.toString());
        return e.getMessage();
    }

    private Observation obs(CuratedData data, String id) {
        return data.observations().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theDamagedCellCarriesItsExplanationInItsNote() {
        CuratedData data = importAll();
        Observation damaged = obs(data, "lewin-2005-appendix-trantor:1937-total-sentenced");
        assertEquals("0665", damaged.asPrinted());
        assertTrue(damaged.note().startsWith("Damaged cell of this electronic copy: it prints 0665 where the fb2.top copy"),
                damaged.note());
        assertTrue(damaged.note().contains("353074 + 429311 + 1366 + 6914"), damaged.note());
        // only that cell: its neighbours and the other copy's cell keep their own notes
        assertEquals("", obs(data, "lewin-2005-appendix-trantor:1937-death-sentences").note());
        assertEquals("", obs(data, "lewin-2005-appendix-fb2:1937-total-sentenced").note());
    }

    @Test
    void aCellNoteJoinsTheReadersOwnNoteOfTheRow() throws Exception {
        Files.writeString(ws.raw().resolve(TRANTOR + "cell-notes.csv"),
                "row,column,note\nTOTAL,exiled,\"The column does not add up to this total in either copy.\"\n");
        Observation total = obs(importAll(), "lewin-2005-appendix-trantor:total-exiled");
        assertEquals("The table's own TOTAL row: a stated total to check the years against. "
                + "The column does not add up to this total in either copy.", total.note());
    }

    @Test
    void aCellNoteForARowTheTableDoesNotHaveIsNamedByLineAndColumn() throws Exception {
        Files.writeString(ws.raw().resolve(TRANTOR + "cell-notes.csv"),
                "row,column,note\n1937,total_sentenced,ok\n1973,total_sentenced,a mistyped year\n");
        String message = failure();
        assertTrue(message.contains(TRANTOR + "cell-notes.csv:3: column 1 (row): expected a row label of table.csv"), message);
        assertTrue(message.contains("found '1973'"), message);
    }

    @Test
    void aCellNoteForAColumnTheTableDoesNotHaveIsNamedByLineAndColumn() throws Exception {
        Files.writeString(ws.raw().resolve(TRANTOR + "cell-notes.csv"), "row,column,note\n1937,total,a column id mistyped\n");
        String message = failure();
        assertTrue(message.contains(TRANTOR + "cell-notes.csv:2: column 2 (column): expected a column of table.csv"), message);
        assertTrue(message.contains("found 'total'"), message);
    }

    @Test
    void aShareFiledUnderACountsMeasureIsAnInputError() {
        // the curators moved 9,2 % to discharged_share; filing it back under discharged (persons) must fail
        TestWorkspace.replaceInFile(ws.raw().resolve("book-online-2213-p58/observations.csv"),
                "book-online-2213-p58:discharged-1938-pct,book-online-2213-p58,discharged_share,",
                "book-online-2213-p58:discharged-1938-pct,book-online-2213-p58,discharged,");
        String message = failure();
        assertTrue(message.contains("book-online-2213-p58/observations.csv:"), message);
        assertTrue(message.contains("column 12 (unit): measure 'discharged' is counted in 'persons' (datasets/vocab/measures.csv), found 'percent'"),
                message);
    }

    @Test
    void aWideTableColumnInAnotherUnitThanItsMeasureIsAnInputError() {
        TestWorkspace.replaceInFile(ws.raw().resolve(TRANTOR + "columns.csv"),
                "death_sentences,death sent.,death_sentences,all_nkvd_cases,ussr,persons",
                "death_sentences,death sent.,death_sentences,all_nkvd_cases,ussr,percent");
        String message = failure();
        assertTrue(message.contains(TRANTOR + "columns.csv:3: column 6 (unit): measure 'death_sentences' is counted in 'persons'"), message);
    }

    @Test
    void aSourceWithoutALicenceEntryIsAnInputError() {
        // the register says, for every source, its licence as stated, "not stated", or "not checked (…)"
        TestWorkspace.replaceInFile(ws.raw().resolve("sources.csv"),
                "https://fb2.top/the-soviet-century-465944/read/part-7,,not stated,lewin-2005-appendix,",
                "https://fb2.top/the-soviet-century-465944/read/part-7,,,lewin-2005-appendix,");
        String message = failure();
        assertTrue(message.contains("sources.csv:"), message);
        assertTrue(message.contains("column 11 (licence): expected the licence as the work states it, 'not stated', or 'not checked (…)'"), message);
    }

    @Test
    void aCopyOfACopyIsAnInputError() {
        // lewin-2005-appendix-trantor is a copy of lewin-2005-appendix; pointing the fb2 copy at it chains two copies
        TestWorkspace.replaceInFile(ws.raw().resolve("sources.csv"),
                "https://fb2.top/the-soviet-century-465944/read/part-7,,not stated,lewin-2005-appendix,",
                "https://fb2.top/the-soviet-century-465944/read/part-7,,not stated,lewin-2005-appendix-trantor,");
        String message = failure();
        assertTrue(message.contains("sources.csv:"), message);
        assertTrue(message.contains("(copy_of): 'lewin-2005-appendix-trantor' is itself a copy (of 'lewin-2005-appendix')"), message);
    }
}
