package org.filiere.wipe.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.filiere.device.MediaType;
import org.filiere.sanitization.Technique;
import org.filiere.wipe.ToolOutputException;
import org.filiere.wipe.testing.FakeProcessRunner;
import org.filiere.wipe.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscoveryParsersTest {

    @Test
    void realLsblkOfALoopDevice() {
        List<BlockDevice> devs = LsblkParser.parse(Fixtures.read("lsblk/real-loop.json"));
        assertThat(devs).hasSize(1);
        BlockDevice d = devs.get(0);
        assertThat(d.name()).isEqualTo("loop0");
        assertThat(d.path()).isEqualTo("/dev/loop0");
        assertThat(d.type()).isEqualTo("loop");
        assertThat(d.sizeBytes()).isEqualTo(64L << 20);
        assertThat(d.mountpoints()).isEmpty();
        assertThat(d.serial()).isNull();
        assertThat(d.isDisk()).isTrue();
    }

    @Test
    void lsblkChildrenAndOldStyleValues() {
        String json = "{\"blockdevices\": [{\"name\": \"sda\", \"type\": \"disk\", \"size\": \"500107862016\","
                + " \"rota\": \"0\", \"tran\": \"sata\", \"serial\": \"S4EV\", \"mountpoint\": null, \"children\": ["
                + "{\"name\": \"sda1\", \"type\": \"part\", \"mountpoints\": [\"/boot/efi\"]},"
                + "{\"name\": \"sda2\", \"type\": \"part\", \"mountpoint\": \"/\"}]}]}";
        BlockDevice d = LsblkParser.parse(json).get(0);
        assertThat(d.sizeBytes()).isEqualTo(500107862016L);
        assertThat(d.rotational()).isFalse();
        assertThat(d.tree()).extracting(BlockDevice::name).containsExactly("sda", "sda1", "sda2");
        assertThat(d.tree().get(2).mountpoints()).containsExactly("/");
        assertThat(MediaTypes.fromLsblk(d)).isEqualTo(MediaType.ATA_SSD);
    }

    @Test
    void notLsblk() {
        assertThatThrownBy(() -> LsblkParser.parse("{\"x\": 1}")).isInstanceOf(ToolOutputException.class);
        assertThatThrownBy(() -> LsblkParser.parse("not json")).isInstanceOf(ToolOutputException.class)
                .hasMessageContaining("line");
    }

    @Test
    void smartctlPassingSsd() {
        SmartReport s = SmartctlParser.parse(Fixtures.read("smartctl/derived-intel-ssd-smartctl-j-a.json"));
        assertThat(s.protocol()).isEqualTo("ATA");
        assertThat(s.model()).isEqualTo("INTEL SSDSC2KW512G8");
        assertThat(s.serial()).isEqualTo("PHLA75210153512DGN");
        assertThat(s.capacityBytes()).isEqualTo(512110190592L);
        assertThat(s.rotationRpm()).isZero();
        assertThat(s.passed()).isTrue();
        assertThat(s.reallocatedSectors()).isZero();
        assertThat(s.pendingSectors()).isNull();
        assertThat(s.powerOnHours()).isEqualTo(3730);
        assertThat(s.flaggedForDestruction()).isFalse();
        assertThat(MediaTypes.fromSmart(s)).isEqualTo(MediaType.ATA_SSD);
    }

    @Test
    void smartctlFailingHddIsFlaggedForDestruction() {
        SmartReport s = SmartctlParser.parse(Fixtures.read("smartctl/derived-failing-hdd-smartctl-j-a.json"));
        assertThat(s.passed()).isFalse();
        assertThat(s.reallocatedSectors()).isEqualTo(2011);
        assertThat(s.pendingSectors()).isEqualTo(48);
        assertThat(s.flaggedForDestruction()).isTrue();
        assertThat(s.healthWarnings()).anyMatch(w -> w.contains("destruction"));
    }

    @Test
    void smartctlThatCouldNotOpenTheDeviceStillParses() {
        SmartReport s = SmartctlParser.parse(Fixtures.read("smartctl/real-virtio-unable.json"));
        assertThat(s.passed()).isNull();
        assertThat(s.exitStatus()).isEqualTo(1);
        assertThat(s.messages()).anyMatch(m -> m.contains("Unable to detect device type"));
        assertThat(s.flaggedForDestruction()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "hdparm/01_intel_ssd_frozen.txt, HDPARM_IDENTIFY",
        "hdparm/02_seagate_hdd_5400_not_frozen.txt, HDPARM_IDENTIFY",
        "nvme/01_samsung_pm1733_id-ctrl_H.txt, NVME_ID_CTRL_TEXT",
        "nvme/derived-samsung-pm1733-id-ctrl.json, NVME_ID_CTRL_JSON",
        "smartctl/derived-intel-ssd-smartctl-j-a.json, SMARTCTL_JSON",
        "lsblk/real-loop.json, LSBLK_JSON",
        "smartctl/01_intel_ssd_smartctl-a_TEXT.txt, UNKNOWN",
        "nwipe/real-033-success.log, UNKNOWN",
    })
    void recognisesOutputsByContentEvenWithTheSourceLine(String resource, ToolOutputKind kind) {
        assertThat(Inspector.recognise(Fixtures.raw(resource))).isEqualTo(kind);
    }

    @Test
    void inspectHdparmGivesTheContractFields() {
        InspectedMedium m = Inspector.inspect(Fixtures.raw("hdparm/02_seagate_hdd_5400_not_frozen.txt")).get(0);
        assertThat(m.source()).isEqualTo("hdparm");
        assertThat(m.mediaType()).isEqualTo(MediaType.ATA_HDD);
        assertThat(m.rotationRpm()).isEqualTo(5400);
        assertThat(m.capacityBytes()).isEqualTo(1000204886016L);
        assertThat(m.security().eraseMinutes()).isEqualTo(202);
        assertThat(m.sanitize().supported()).isFalse();
        assertThat(m.hpa()).isEqualTo(new InspectedMedium.Hpa(true, true));
        assertThat(m.capabilities()).containsExactly(Technique.ATA_SECURITY_ERASE,
                Technique.ATA_SECURITY_ERASE_ENHANCED);
        assertThat(m.smart()).isNull();
    }

    @Test
    void inspectUnknownContentIsAParseError() {
        assertThatThrownBy(() -> Inspector.inspect("hello")).isInstanceOf(ToolOutputException.class)
                .hasMessageContaining("unrecognised");
    }

    @Test
    void discoveryCombinesLsblkSmartctlAndHdparmAndFlagsFailingDrives() {
        String lsblk = "{\"blockdevices\": ["
                + "{\"name\": \"sdc\", \"path\": \"/dev/sdc\", \"type\": \"disk\", \"size\": 1000204886016,"
                + " \"rota\": true, \"tran\": \"sata\", \"serial\": \"S2ZYJ9CC812345\", \"model\": \"ST1000LM024\"},"
                + "{\"name\": \"loop0\", \"path\": \"/dev/loop0\", \"type\": \"loop\", \"size\": 67108864},"
                + "{\"name\": \"zram0\", \"type\": \"disk\", \"size\": 0}]}";
        FakeProcessRunner fake = new FakeProcessRunner()
                .on(List.of("lsblk", "-J", "-O", "-b"), 0, lsblk)
                .on(List.of("smartctl", "-j", "-a", "/dev/sdc"), 8,
                        Fixtures.read("smartctl/derived-failing-hdd-smartctl-j-a.json"))
                .on(List.of("hdparm", "-I", "/dev/sdc"), 0,
                        Fixtures.read("hdparm/02_seagate_hdd_5400_not_frozen.txt"));
        List<DiscoveredDrive> drives = new DriveDiscovery(fake).discover();
        assertThat(drives).extracting(d -> d.device().toString()).containsExactly("/dev/sdc", "/dev/loop0");
        DiscoveredDrive sdc = drives.get(0);
        assertThat(sdc.flaggedForDestruction()).isTrue();
        assertThat(sdc.medium().type()).isEqualTo(MediaType.ATA_HDD);
        assertThat(sdc.medium().serialNumber()).isEqualTo("S2ZYJ9CC812345");
        assertThat(sdc.medium().rotationRpm()).isEqualTo(5400);
        assertThat(sdc.medium().supportedTechniques()).contains(Technique.ATA_SECURITY_ERASE_ENHANCED);
        assertThat(sdc.smart().powerOnHours()).isEqualTo(8123);
        DiscoveredDrive loop = drives.get(1);
        assertThat(loop.medium()).isNull();
        assertThat(loop.warnings()).anyMatch(w -> w.contains("loop device"));
        assertThat(fake.callsWith("smartctl", "/dev/loop0")).isEmpty();
    }
}
