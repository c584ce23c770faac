package org.filiere.examples.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.examples.cli.CliRun.run;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.filiere.examples.cli.CliRun;
import org.filiere.ledger.LedgerEntry;
import org.filiere.reporting.journal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code filiere wipe} on real loop devices (root, nwipe): confirmation, certificates, rerun, failure. */
class WipeCommandIT {
    @TempDir
    Path dir;

    @Test
    void withoutYesAndNoTerminalNothingIsWrittenWithYesEachDeviceGetsAnErasedCertificateAndARerunRedoesNothing()
            throws Exception {
        RealLoops.requireRootAndNwipe();
        try (RealLoops loops = new RealLoops()) {
            Path a = loops.attach(dir.resolve("a.img"), 16L << 20, (byte) 0x33);
            Path b = loops.attach(dir.resolve("b.img"), 16L << 20, (byte) 0x44);
            Path journal = dir.resolve("journal.jsonl");
            Path out = dir.resolve("out");
            CliRun asked = run("wipe", "--device", a.toString(), b.toString(), "--journal", journal.toString(),
                    "--out", out.toString(), "--lang", "en");
            assertThat(asked.exit()).isEqualTo(1);
            assertThat(asked.err()).contains("PERMANENTLY").contains(a.toString()).contains("--yes");
            assertThat(journal).doesNotExist();

            CliRun done = run("wipe", "--device", a.toString(), b.toString(), "--journal", journal.toString(),
                    "--out", out.toString(), "--yes", "--lang", "en");
            assertThat(done.exit()).as(done.out() + done.err()).isEqualTo(0);
            File[] certs = out.resolve("certificates").toFile().listFiles((d, n) -> n.endsWith(".json"));
            assertThat(certs).hasSize(2);
            for (File c : certs) {
                assertThat(Files.readString(c.toPath())).contains("\"status\" : \"ERASED\"");
            }
            assertThat(out.resolve("certificates").toFile().list((d, n) -> n.endsWith(".pdf"))).hasSize(2);

            CliRun again = run("wipe", "--device", a.toString(), b.toString(), "--journal", journal.toString(),
                    "--out", out.toString(), "--yes", "--json");
            assertThat(again.exit()).isEqualTo(0);
            assertThat(again.out()).contains("AlreadyErased").doesNotContain("\"Erased\"");
            assertThat(Journal.read(journal).entries().stream().filter(e -> e instanceof LedgerEntry.WipeStarted))
                    .hasSize(2);
        }
    }

    @Test
    void aWipeThatFailsGetsNoErasedCertificateAndExits1() throws Exception {
        RealLoops.requireRootAndNwipe();
        try (RealLoops loops = new RealLoops()) {
            Path file = dir.resolve("ro.img");
            Files.write(file, new byte[8 << 20]);
            Path ro = Path.of(RealLoops.run("losetup", "-r", "-f", "--show", file.toString()).strip());
            try {
                Path out = dir.resolve("out");
                CliRun r = run("wipe", "--device", ro.toString(), "--journal", dir.resolve("j.jsonl").toString(),
                        "--out", out.toString(), "--yes", "--lang", "en");
                assertThat(r.exit()).isEqualTo(1);
                assertThat(r.out()).contains("ForDestruction");
                File certs = out.resolve("certificates").toFile();
                assertThat(certs.exists() ? certs.list() : new String[0]).isEmpty();
                assertThat(Journal.read(dir.resolve("j.jsonl")).state().destructionsRequired())
                        .containsKey("path:" + ro);
            } finally {
                RealLoops.run("losetup", "-d", ro.toString());
            }
        }
    }
}
