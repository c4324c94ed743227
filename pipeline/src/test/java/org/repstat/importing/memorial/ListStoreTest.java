package org.repstat.importing.memorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.importing.SourceKind;
import org.repstat.importing.VocabularyReader;
import org.repstat.provenance.Vocabulary;

/**
 * The counts of a list kept on disk between runs: used only when the entry is whole and of this code version, and
 * then exactly what counting the list gives; anything else counts the list again.
 */
class ListStoreTest {

    static final String MOSCOW = MemorialListsTest.MOSCOW;

    @TempDir
    Path dir;

    final Workspace ws = TestWorkspace.repository();
    final Vocabulary vocabulary = VocabularyReader.read(ws.datasets().resolve("vocab"));
    final Path list = ws.raw().resolve(MOSCOW).resolve("files.csv");

    SourceKind.Imported read() {
        ListCache.forgetMemory(); // a new JVM: only the disk remembers
        return new MoscowList().read(list, MOSCOW, ws.datasets(), vocabulary);
    }

    @AfterEach
    void keepNothing() {
        ListCache.persistIn(null, null);
    }

    @Test
    void aSecondRunTakesTheCountsFromDiskAndGetsTheSameTables() throws Exception {
        ListCache.persistIn(dir, "code-1");
        int counted = ListCache.COUNTED.get();
        SourceKind.Imported first = read();
        assertEquals(counted + 1, ListCache.COUNTED.get());
        try (var entries = Files.list(dir)) {
            assertEquals(1, entries.count());
        }
        SourceKind.Imported second = read();
        assertEquals(counted + 1, ListCache.COUNTED.get(), "taken from disk, not counted again");
        assertEquals(tables(first), tables(second));
        assertEquals(first.account(), second.account());
        assertEquals(first.summary(), second.summary());
        assertEquals(11789, second.account().in());
    }

    @Test
    void anEntryThatIsCutEditedOrOfAnotherCodeVersionIsNotTrusted() throws Exception {
        ListStore store = new ListStore(dir, "code-1");
        ListCache.persistIn(dir, "code-1");
        SourceKind.Imported counted = read();
        Path entry;
        try (var entries = Files.list(dir)) {
            entry = entries.findFirst().orElseThrow();
        }
        String key = entry.getFileName().toString().replace(".json", "");
        List<org.repstat.published.TableSpec> specs = MoscowTables.specs();
        assertNotNull(store.load(key, MOSCOW, list, specs));
        assertNull(new ListStore(dir, "code-2").load(key, MOSCOW, list, specs), "another code version");

        String text = Files.readString(entry);
        assertTrue(text.contains("Бутово"), "the entry holds the list's counts, burial places among them");
        Files.writeString(entry, text.replace("Бутово", "Бутова"));
        assertNull(store.load(key, MOSCOW, list, specs), "an edited count");
        Files.writeString(entry, text.substring(0, text.length() / 2));
        assertNull(store.load(key, MOSCOW, list, specs), "a cut entry");

        int before = ListCache.COUNTED.get();
        SourceKind.Imported again = read();
        assertEquals(before + 1, ListCache.COUNTED.get(), "an untrusted entry: the list is counted again");
        assertEquals(tables(counted), tables(again));
    }

    static List<List<List<String>>> tables(SourceKind.Imported i) {
        return i.tables().stream().map(org.repstat.published.PublishedTable::rows).toList();
    }
}
