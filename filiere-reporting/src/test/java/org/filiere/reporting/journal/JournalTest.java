package org.filiere.reporting.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.filiere.FiliereException;
import org.filiere.ledger.LedgerEntry;
import org.filiere.reporting.testdata.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-02T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path journalWithEveryKind() {
        Path file = dir.resolve("journal.jsonl");
        try (Journal j = Journal.open(file, CLOCK)) {
            Samples.everyKindOfEntry().forEach(j::append);
        }
        return file;
    }

    /** 1-based line number of byte {@code index} (a newline belongs to the line it ends). */
    private static int lineOf(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    @Test
    void appendedEntriesAreReadBackInOrderAndTheStateIsRebuilt() {
        Path file = journalWithEveryKind();
        JournalContents contents = Journal.read(file);
        assertThat(contents.check().intact()).isTrue();
        assertThat(contents.entries()).isEqualTo(Samples.everyKindOfEntry());
        assertThat(contents.lines()).extracting(JournalLine::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(contents.state().latestRecord("WD-WCC4N1234567")).isPresent();
        assertThat(contents.state().unfinishedWipes()).isEmpty();
        assertThat(contents.state().certificates("WD-WCC4N1234567")).hasSize(1);

        try (Journal reopened = Journal.open(file, CLOCK)) {
            assertThat(reopened.entries()).isEqualTo(Samples.everyKindOfEntry());
            reopened.append(new LedgerEntry.WipeInterrupted("X", "test", Samples.T0));
        }
        assertThat(Journal.verify(file).goodEntries()).isEqualTo(8);
        assertThat(Journal.verify(file).intact()).isTrue();
    }

    @Test
    void everyLineIsCanonicalJsonChainedToThePreviousOne() throws Exception {
        List<String> lines = Files.readAllLines(journalWithEveryKind());
        assertThat(lines.get(0)).startsWith("{\"entry\":{").contains("\"prev\":\"" + Journal.GENESIS + "\"")
                .contains("\"schemaVersion\":1").endsWith("\"seq\":1}");
        JournalContents c = Journal.read(dir.resolve("journal.jsonl"));
        for (int i = 1; i < c.lines().size(); i++) {
            assertThat(c.lines().get(i).prevHash()).isEqualTo(c.lines().get(i - 1).hash());
        }
    }

    @Test
    void flippingAnyByteIsDetectedAtTheLineHoldingIt() throws Exception {
        Path file = journalWithEveryKind();
        byte[] original = Files.readAllBytes(file);
        int lastLine = lineOf(original, original.length - 1);
        for (int mask : new int[] {0x01, 0x20, 0x80}) {
            for (int i = 0; i < original.length; i++) {
                byte[] bytes = original.clone();
                bytes[i] ^= (byte) mask;
                JournalCheck check = Journal.parse(bytes, "j").check();
                assertThat(check.intact()).as("byte %d mask %x", i, mask).isFalse();
                int expected = lineOf(original, i);
                assertThat(check.firstBadLine()).as("byte %d mask %x: %s", i, mask, check.reason())
                        .isEqualTo(expected);
                assertThat(check.goodEntries()).isEqualTo(expected - 1);
                if (check.status() == JournalCheck.Status.TORN_TAIL) {
                    assertThat(expected).as("only the last line can be torn").isEqualTo(lastLine);
                }
            }
        }
    }

    @Test
    void removingOrSwappingAMiddleLineIsDetectedAtItsPlace() throws Exception {
        Path file = journalWithEveryKind();
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        List<String> removed = new ArrayList<>(lines);
        removed.remove(2);
        Files.write(file, removed);
        assertThat(Journal.verify(file)).extracting(JournalCheck::status, JournalCheck::firstBadLine)
                .containsExactly(JournalCheck.Status.TAMPERED, 3);

        List<String> swapped = new ArrayList<>(lines);
        swapped.set(3, lines.get(4));
        swapped.set(4, lines.get(3));
        Files.write(file, swapped);
        assertThat(Journal.verify(file).firstBadLine()).isEqualTo(4);
    }

    @Test
    void aTornLastLineIsReportedKeptOutAndRepairedOnOpen() throws Exception {
        Path file = journalWithEveryKind();
        byte[] full = Files.readAllBytes(file);
        int lastStart = full.length - 2;
        while (full[lastStart - 1] != '\n') {
            lastStart--;
        }
        for (int cut = lastStart + 1; cut < full.length; cut += 17) {
            Path torn = dir.resolve("torn-" + cut + ".jsonl");
            Files.write(torn, java.util.Arrays.copyOf(full, cut));

            JournalContents read = Journal.read(torn);
            assertThat(read.check().status()).isEqualTo(JournalCheck.Status.TORN_TAIL);
            assertThat(read.check().firstBadLine()).isEqualTo(7);
            assertThat(read.entries()).isEqualTo(Samples.everyKindOfEntry().subList(0, 6));
            assertThat(Files.size(torn)).as("reading never changes the file").isEqualTo(cut);

            try (Journal j = Journal.open(torn, CLOCK)) {
                assertThat(j.repairedTail()).get().extracting(JournalCheck::firstBadLine).isEqualTo(7);
                assertThat(Files.size(torn)).isEqualTo(lastStart);
                j.append(Samples.everyKindOfEntry().get(6));
            }
            assertThat(Files.readAllBytes(torn)).isEqualTo(full);
        }
    }

    @Test
    void aTamperedJournalIsNeverAppendedTo() throws Exception {
        Path file = journalWithEveryKind();
        String text = Files.readString(file).replace("Camille Martin", "Camille Mart1n");
        Files.writeString(file, text);
        assertThatThrownBy(() -> Journal.open(file, CLOCK)).isInstanceOf(FiliereException.class)
                .hasMessageContaining("tampered").hasMessageContaining("line=3");
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    @Test
    void concurrentAppendsEachGetTheirOwnChainedLine() throws Exception {
        Path file = dir.resolve("concurrent.jsonl");
        try (Journal j = Journal.open(file, CLOCK)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int k = 0; k < 25; k++) {
                        j.append(new LedgerEntry.WipeInterrupted("T" + thread + "-" + k, "r", Samples.T0));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
        }
        JournalContents c = Journal.read(file);
        assertThat(c.check().intact()).isTrue();
        assertThat(c.entries()).hasSize(200);
        assertThat(new HashSet<>(c.entries())).hasSize(200);
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFirstHoldsTheJournal() {
        Path file = dir.resolve("locked.jsonl");
        try (Journal first = Journal.open(file, CLOCK)) {
            assertThatThrownBy(() -> Journal.open(file, CLOCK)).isInstanceOf(FiliereException.class)
                    .hasMessageContaining("in use");
        }
        try (Journal again = Journal.open(file, CLOCK)) {
            assertThat(again.entries()).isEmpty();
        }
    }

    @Test
    void anEmptyJournalIsIntact() throws Exception {
        Path file = dir.resolve("empty.jsonl");
        Files.createFile(file);
        assertThat(Journal.verify(file)).extracting(JournalCheck::status, JournalCheck::goodEntries)
                .containsExactly(JournalCheck.Status.INTACT, 0);
    }
}
