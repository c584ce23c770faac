package org.filiere.examples.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.filiere.examples.cli.FiliereCli;
import org.filiere.ledger.LedgerEntry;
import org.filiere.ledger.LedgerState;
import org.filiere.reporting.journal.Journal;
import org.filiere.reporting.journal.JournalCheck;
import org.filiere.sanitization.SanitizationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C on {@code filiere wipe}: a termination signal to the child JVM mid-wipe ends its nwipe processes, journals their
 * interrupted records (no wipe left open), issues no certificate, and the command exits non-zero.
 */
class WipeInterruptIT {
    @TempDir
    Path dir;

    @Test
    void terminationSignalEndsTheToolsAndLeavesAConsistentJournalWithoutCertificates() throws Exception {
        RealLoops.requireRootAndNwipe();
        try (RealLoops loops = new RealLoops()) {
            List<Path> devs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                devs.add(loops.attach(dir.resolve("d" + i + ".img"), 768L << 20, (byte) 0x77));
            }
            Path journal = dir.resolve("journal.jsonl");
            Path out = dir.resolve("out");
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), FiliereCli.class.getName(), "wipe",
                    "--yes", "--journal", journal.toString(), "--out", out.toString(), "--device"));
            devs.forEach(d -> cmd.add(d.toString()));
            Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "wipe-interrupt-child.log").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && child.isAlive()
                    && !(Files.exists(journal) && Journal.read(journal).state().unfinishedWipes().size() == 2)) {
                Thread.sleep(20);
            }
            assertThat(Journal.read(journal).state().unfinishedWipes()).hasSize(2);
            Thread.sleep(500);
            List<ProcessHandle> tools = child.toHandle().descendants().toList();
            assertThat(tools).isNotEmpty();
            // Ctrl-C's SIGINT and a service manager's SIGTERM take the same path (the JVM's shutdown hook); SIGTERM
            // is sent because a JVM started from a background job has SIGINT ignored and never sees it
            RealLoops.run("kill", "-TERM", String.valueOf(child.pid()));
            assertThat(child.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isNotZero();
            for (ProcessHandle t : tools) {
                assertThat(t.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
            }
            assertThat(Journal.verify(journal).status()).isEqualTo(JournalCheck.Status.INTACT);
            LedgerState s = Journal.read(journal).state();
            assertThat(s.unfinishedWipes()).isEmpty();
            for (Path d : devs) {
                assertThat(s.latestRecord("path:" + d).orElseThrow().result())
                        .isInstanceOf(SanitizationResult.Interrupted.class);
                assertThat(s.certificates("path:" + d)).isEmpty();
            }
            assertThat(Journal.read(journal).entries()).noneMatch(e -> e instanceof LedgerEntry.CertificateIssued);
            Path certs = out.resolve("certificates");
            assertThat(Files.exists(certs) ? certs.toFile().list() : new String[0]).isEmpty();
        }
    }
}
