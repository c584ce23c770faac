package org.filiere.wipe.hdparm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.filiere.device.AtaSecurity;
import org.filiere.device.MediaType;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.Technique;
import org.filiere.wipe.ToolOutputException;
import org.filiere.wipe.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HdparmIdentifyParserTest {

    @Test
    void intelSsdTabLayoutFrozen() {
        HdparmIdentify id = HdparmIdentifyParser.parse(Fixtures.read("hdparm/01_intel_ssd_frozen.txt"));
        assertThat(id.model()).isEqualTo("INTEL SSDSC2KW512G8");
        assertThat(id.serial()).isEqualTo("PHLA75210153512DGN");
        assertThat(id.firmware()).isEqualTo("LHF002C");
        assertThat(id.lba48Sectors()).isEqualTo(1000215216L);
        assertThat(id.logicalSectorSize()).isEqualTo(512);
        assertThat(id.capacityBytes()).isEqualTo(1000215216L * 512);
        assertThat(id.solidState()).isTrue();
        assertThat(id.rotationRpm()).isNull();
        assertThat(id.mediaType()).isEqualTo(MediaType.ATA_SSD);
        assertThat(id.security()).isEqualTo(new AtaSecurity(true, false, false, true, false, true, 2, 2));
        assertThat(id.sanitize()).isEqualTo(AtaSanitizeSupport.NONE);
        assertThat(id.hpaSupported()).isTrue();
        assertThat(id.hpaEnabled()).isTrue();
        assertThat(id.dcoSupported()).isFalse();
        assertThat(id.trimSupported()).isTrue();
        assertThat(id.capabilities()).containsExactlyInAnyOrder(Technique.ATA_SECURITY_ERASE,
                Technique.ATA_SECURITY_ERASE_ENHANCED);
        assertThat(id.warnings()).anyMatch(w -> w.contains("frozen") && w.contains("suspend"));
    }

    @Test
    void seagateHddWithTabsTurnedToSpacesAndMaskedSerial() {
        HdparmIdentify id = HdparmIdentifyParser.parse(Fixtures.read("hdparm/02_seagate_hdd_5400_not_frozen.txt"));
        assertThat(id.model()).isEqualTo("ST1000LM024 HN-M101MBB");
        assertThat(id.serial()).isEqualTo("S************0");
        assertThat(id.capacityBytes()).isEqualTo(1953525168L * 512);
        assertThat(id.physicalSectorSize()).isEqualTo(4096);
        assertThat(id.rotationRpm()).isEqualTo(5400);
        assertThat(id.mediaType()).isEqualTo(MediaType.ATA_HDD);
        assertThat(id.security()).isEqualTo(new AtaSecurity(true, false, false, false, false, true, 202, 202));
        assertThat(id.dcoSupported()).isTrue();
        assertThat(id.warnings()).anyMatch(w -> w.contains("masked"));
    }

    @Test
    void sanitizeFeatureSetAndCommands() {
        HdparmIdentify id = HdparmIdentifyParser.parse(
                Fixtures.read("hdparm/derived-intel-ssd-sanitize-not-frozen.txt"));
        assertThat(id.sanitize()).isEqualTo(new AtaSanitizeSupport(true, true, true, false));
        assertThat(id.capabilities()).contains(Technique.ATA_SANITIZE_BLOCK_ERASE,
                Technique.ATA_SANITIZE_CRYPTO_SCRAMBLE).doesNotContain(Technique.ATA_SANITIZE_OVERWRITE);
        assertThat(id.security().frozen()).isFalse();
    }

    @Test
    void aListingWithoutSecurityBlockHasNullSecurity() {
        String text = Fixtures.read("hdparm/02_seagate_hdd_5400_not_frozen.txt");
        String noSec = text.substring(0, text.indexOf("Security:")) + "Checksum: correct\n";
        HdparmIdentify id = HdparmIdentifyParser.parse(noSec);
        assertThat(id.security()).isNull();
        assertThat(id.warnings()).anyMatch(w -> w.contains("no Security block"));
    }

    @Test
    void aLoopDeviceOrUsbBridgeWithoutPassThroughIsAParseError() {
        assertThatThrownBy(() -> HdparmIdentifyParser.parse(Fixtures.read("hdparm/loop-no-identify.txt")))
                .isInstanceOf(ToolOutputException.class).hasMessageContaining("pass-through");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        " max sectors   = 1953525168/1953525168, HPA is disabled; Real max sectors: 1953525168; ABSENT",
        " max sectors   = 976771055/976773168, HPA is enabled; Real max sectors: 976773168; PRESENT",
        " max sectors   = 1000/2000, HPA is disabled; ; PRESENT",
        " max sectors   = 2000/2000, HPA is disabled; Real max sectors: 3000; PRESENT",
        " max sectors   = 2000/2000, HPA is disabled; ; UNKNOWN",
        " SG_IO: bad/missing sense data; ; UNKNOWN",
    })
    void hiddenAreasAreAbsentOnlyWhenBothChecksProveIt(String dashN, String dco, HiddenAreaStatus expected) {
        assertThat(HiddenAreaReport.from(dashN, dco).status()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "State:    SD2 Sanitize operation In Process\\n    Progress: 0x41c2 (25%); true; false; false; 25",
        "State:    SD4 Sanitize Operation succeeded; false; true; false; ",
        "State:    SD0 Sanitize Idle\\n    Last Sanitize Operation Completed Without Error; false; true; false; ",
        "State:    SD3 Sanitize Operation Failed; false; false; true; ",
        "State:    SD1 Sanitize Frozen; false; false; true; ",
        "garbage; false; false; false; ",
    })
    void sanitizeStatus(String out, boolean inProgress, boolean ok, boolean failed, Integer pct) {
        AtaSanitizeStatus s = AtaSanitizeStatus.parse(out.replace("\\n", "\n"));
        assertThat(s.inProgress()).isEqualTo(inProgress);
        assertThat(s.succeeded()).isEqualTo(ok);
        assertThat(s.failed()).isEqualTo(failed);
        assertThat(s.percent()).isEqualTo(pct);
    }
}
