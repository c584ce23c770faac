package org.filiere.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.examples.cli.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WipeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPathThatIsNotABlockDeviceIsRefusedWithExit1AndNothingIsWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-disk.img"), "precious data");
        Path journal = dir.resolve("j.jsonl");
        Path out = dir.resolve("out");
        CliRun r = run("wipe", "--device", file.toString(), "--engine", "simulated", "--journal", journal.toString(),
                "--out", out.toString(), "--yes", "--lang", "en");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Refused: nothing was written").contains(file.toString());
        assertThat(journal).doesNotExist();
        assertThat(out).doesNotExist();
        assertThat(Files.readString(file)).isEqualTo("precious data");
    }

    @Test
    void everyRefusedDeviceIsListedAndNoneOfTheOthersIsTouched() throws Exception {
        Path a = Files.writeString(dir.resolve("a.img"), "a");
        CliRun r = run("wipe", "--device", a.toString(), "/dev/filiere-no-such-disk", "--journal",
                dir.resolve("j").toString(), "--out", dir.resolve("o").toString(), "--yes", "--json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\"refused\"").contains("a.img").contains("/dev/filiere-no-such-disk");
    }

    @Test
    void theSameDeviceNamedTwiceDirectlyOrThroughALinkIsAUsageErrorBeforeAnythingIsWritten() throws Exception {
        Path disk = Files.writeString(dir.resolve("disk.img"), "data");
        Path link = Files.createSymbolicLink(dir.resolve("link"), disk);
        Path journal = dir.resolve("j.jsonl");
        Path out = dir.resolve("out");
        for (String second : new String[] {disk.toString(), link.toString()}) {
            CliRun r = run("wipe", "--device", disk.toString(), second, "--engine", "simulated", "--journal",
                    journal.toString(), "--out", out.toString(), "--yes", "--lang", "en");
            assertThat(r.exit()).as(second).isEqualTo(2);
            assertThat(r.err()).contains("are the same device").contains(disk.toString());
        }
        assertThat(journal).doesNotExist();
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownTimeZoneIsAUsageErrorBeforeTheDevicesAreLookedAt() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-disk.img"), "data");
        CliRun r = run("wipe", "--device", file.toString(), "--zone", "Mars/Olympus", "--journal",
                dir.resolve("j").toString(), "--out", dir.resolve("o").toString(), "--yes");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Mars/Olympus").doesNotContain("at org.");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void unknownEngineOrMethodIsAUsageError() {
        assertThat(run("wipe", "--device", "/dev/null", "--engine", "dd", "--journal", "j", "--out", "o").exit())
                .isEqualTo(2);
        assertThat(run("wipe", "--device", "/dev/null", "--method", "nope", "--journal", "j", "--out", "o").exit())
                .isEqualTo(2);
        assertThat(run("wipe", "--device", "/dev/null", "--verify", "sometimes", "--journal", "j", "--out", "o").exit())
                .isEqualTo(2);
    }

    @Test
    void aCharacterDeviceIsRefusedBeforeAnyConfirmationIsAsked() throws Exception {
        CliRun r = run("wipe", "--device", "/dev/null", "--journal", dir.resolve("j").toString(), "--out",
                dir.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(dir.resolve("j")).doesNotExist();
    }
}
