package org.filiere.examples.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.filiere.examples.cli.FiliereCli;
import org.filiere.ledger.LedgerEntry;
import org.filiere.ledger.LedgerState;
import org.filiere.reporting.journal.Journal;
import org.filiere.reporting.journal.JournalCheck;
import org.filiere.reporting.journal.JournalContents;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The power-cut test, for real: {@code filiere wipe} starts nwipe on several loop devices in a child JVM, the
 * JVM and its nwipe children are killed with SIGKILL mid-way, then the same command runs again with the same
 * journal. What was erased and certified before the crash stays and is not redone; what was in progress is
 * journalled as interrupted and redone; no certificate exists for an interrupted wipe.
 */
class WipeCrashRecoveryIT {
    private static final long BIG = 768L << 20;
    private static final long SMALL = 8L << 20;

    @TempDir
    Path dir;

    private Process start(Path journal, Path out, List<Path> devices) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FiliereCli.class.getName(), "wipe", "--yes",
                "--journal", journal.toString(), "--out", out.toString(), "--lang", "en", "--device"));
        devices.forEach(d -> cmd.add(d.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child-" + System.nanoTime() + ".log").toFile()).start();
    }

    private static LedgerState state(Path journal) {
        JournalContents c = Journal.read(journal);
        assertThat(c.check().status()).isNotEqualTo(JournalCheck.Status.TAMPERED);
        return c.state();
    }

    private static long count(Path journal, Class<? extends LedgerEntry> kind, String serial) {
        return Journal.read(journal).entries().stream().filter(kind::isInstance).filter(e -> serial == null
                || (e instanceof LedgerEntry.WipeStarted w && w.mediumSerial().equals(serial))
                || (e instanceof LedgerEntry.WipeInterrupted i && i.mediumSerial().equals(serial))).count();
    }

    @Test
    void killedMidWayThenRestartedKeepsWhatWasCertifiedRedoesWhatWasInterruptedAndCertifiesNothingInterrupted()
            throws Exception {
        RealLoops.requireRootAndNwipe();
        try (RealLoops loops = new RealLoops()) {
            Path small = loops.attach(dir.resolve("small.img"), SMALL, (byte) 0x5a);
            List<Path> big = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                big.add(loops.attach(dir.resolve("big" + i + ".img"), BIG, (byte) 0xa5));
            }
            List<Path> all = new ArrayList<>(big);
            all.add(0, small);
            Path journal = dir.resolve("journal.jsonl");
            Path out = dir.resolve("out");
            String smallSerial = "path:" + small;

            // 1. run until the small device is certified and the big ones are being wiped, then pull the plug
            Process child = start(journal, out, all);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            boolean ready = false;
            while (System.nanoTime() < deadline && child.isAlive()) {
                if (Files.exists(journal)) {
                    LedgerState s = state(journal);
                    if (!s.certificates(smallSerial).isEmpty() && s.unfinishedWipes().size() == 3) {
                        ready = true;
                        break;
                    }
                }
                Thread.sleep(20);
            }
            assertThat(ready).as("the small device certified while the three big ones are in progress").isTrue();
            List<ProcessHandle> tools = child.toHandle().descendants().toList();
            child.destroyForcibly();          // SIGKILL: no shutdown hook runs
            tools.forEach(ProcessHandle::destroyForcibly);   // a power cut stops nwipe too
            child.waitFor(30, TimeUnit.SECONDS);
            for (ProcessHandle t : tools) {
                t.onExit().get(30, TimeUnit.SECONDS);
            }
            Instant crash = Instant.now();

            LedgerState afterCrash = state(journal);
            assertThat(afterCrash.unfinishedWipes()).hasSize(3);
            List<String> certsAfterCrash = List.of(out.resolve("certificates").toFile().list());
            assertThat(certsAfterCrash).hasSize(2);   // the small device's JSON and PDF only
            SanitizationRecord smallRecord = afterCrash.latestRecord(smallSerial).orElseThrow();

            // 2. restart with the same journal
            Process again = start(journal, out, all);
            assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(again.exitValue()).isZero();

            LedgerState end = state(journal);
            assertThat(end.unfinishedWipes()).isEmpty();
            for (Path b : big) {
                String serial = "path:" + b;
                assertThat(count(journal, LedgerEntry.WipeInterrupted.class, serial)).as(serial).isEqualTo(1);
                assertThat(count(journal, LedgerEntry.WipeStarted.class, serial)).as(serial).isEqualTo(2);
                SanitizationRecord r = end.latestRecord(serial).orElseThrow();
                assertThat(r.meets(Level.CLEAR)).isTrue();
                assertThat(r.startedAt()).isAfter(crash);
                assertThat(end.certificates(serial)).hasSize(1);
                assertThat(end.records(serial)).hasSize(1);   // the interrupted attempt left no record
            }
            // the small device was not redone and keeps its one certificate
            assertThat(count(journal, LedgerEntry.WipeStarted.class, smallSerial)).isEqualTo(1);
            assertThat(end.latestRecord(smallSerial)).contains(smallRecord);
            assertThat(end.certificates(smallSerial)).hasSize(1);
            // certificates: one per device, all ERASED, each for a record that meets CLEAR
            File[] jsons = out.resolve("certificates").toFile().listFiles((d, n) -> n.endsWith(".json"));
            assertThat(jsons).hasSize(4);
            for (File f : jsons) {
                assertThat(Files.readString(f.toPath())).contains("\"status\" : \"ERASED\"");
            }
            // the wiped devices read back as zeros
            for (Path b : big) {
                try (var in = Files.newInputStream(b)) {
                    byte[] buf = in.readNBytes(1 << 20);
                    for (byte x : buf) {
                        assertThat(x).isZero();
                    }
                }
            }
            assertThat(Journal.verify(journal).status()).isEqualTo(JournalCheck.Status.INTACT);
        }
    }
}
