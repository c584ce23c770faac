package org.filiere.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliRun.execute(out, err, args);
    }

    @Test
    void inspectsSeveralFormatsInOneCallAsOneJsonArray() throws Exception {
        Path hdparm = Files.writeString(dir.resolve("h.txt"), "# source: test\nATA device, with non-removable media\n"
                + "\tModel Number:       TEST SSD\n\tSerial Number:      SN123\nConfiguration:\n"
                + "\tLBA48  user addressable sectors:        1000\n\tLogical  Sector size:      512 bytes\n"
                + "\tNominal Media Rotation Rate: Solid State Device\nCommands/features:\n\t   *\tSANITIZE feature set\n"
                + "\t   *\tBLOCK_ERASE_EXT command\n");
        Path nvme = Files.writeString(dir.resolve("n.json"), "{\"mn\": \"X\", \"sn\": \"S1\", \"oacs\": 2,"
                + " \"sanicap\": 1, \"fna\": 0}");
        assertThat(run("inspect", hdparm.toString(), nvme.toString(), "--json")).isZero();
        JsonNode a = CommonOptions.jsonOut().readTree(out.toString());
        assertThat(a.size()).isEqualTo(2);
        assertThat(a.get(0).get("capacityBytes").asLong()).isEqualTo(512000);
        assertThat(a.get(0).get("security").isNull()).isTrue();
        assertThat(a.get(0).get("capabilities").toString()).contains("ATA_SANITIZE_BLOCK_ERASE");
        assertThat(a.get(1).get("mediaType").asText()).isEqualTo("NVME_SSD");
        assertThat(a.get(1).get("capabilities").toString()).contains("NVME_SANITIZE_CRYPTO_ERASE")
                .contains("NVME_FORMAT_USER_DATA_ERASE");
    }

    @Test
    void anUnrecognisedFileExitsTwoNamingIt() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.txt"), "hello world");
        assertThat(run("inspect", junk.toString(), "--json")).isEqualTo(2);
        assertThat(err.toString()).contains("junk.txt");
        assertThat(out.toString()).isEmpty();
    }
}
