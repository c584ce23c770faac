package org.filiere.wipe.nwipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.filiere.wipe.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NwipeLogParserTest {

    static Stream<Arguments> realAndPublicLogs() {
        return Stream.of(
                // resource, device, verdict, reason fragment
                Arguments.of("nwipe/real-033-success.log", "/dev/loop0", NwipeLog.Verdict.ERASED, "Erased"),
                Arguments.of("nwipe/real-033-readonly.log", "loop0", NwipeLog.Verdict.FAILED,
                        "Unable to write to '/dev/loop0'"),
                Arguments.of("nwipe/real-033-verifyfail.log", "loop0", NwipeLog.Verdict.FAILED,
                        "131072 verification errors"),
                Arguments.of("nwipe/real-033-abort.log", "loop0", NwipeLog.Verdict.ABORTED, "UABORTED"),
                // public excerpts: both end truncated, so neither may count as proof of erasure
                Arguments.of("nwipe/01_pr325_loop_device_summary_excerpt.log", "loop44", NwipeLog.Verdict.FAILED,
                        "truncated"),
                Arguments.of("nwipe/03_issue444_multidrive_excerpt.log", "sda", NwipeLog.Verdict.FAILED,
                        "model/serial"),
                Arguments.of("nwipe/03_issue444_multidrive_excerpt.log", "sdb", NwipeLog.Verdict.FAILED,
                        "no row for sdb"),
                Arguments.of("nwipe/derived-041-two-drives.log", "sdb", NwipeLog.Verdict.ERASED, "Erased"),
                Arguments.of("nwipe/derived-041-two-drives.log", "sdc", NwipeLog.Verdict.FAILED,
                        "Input/output error"),
                Arguments.of("nwipe/derived-041-two-drives.log", "sdz", NwipeLog.Verdict.FAILED, "no row for sdz"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("realAndPublicLogs")
    void summaryTableDecidesTheOutcome(String resource, String device, NwipeLog.Verdict verdict, String reason) {
        NwipeLog.Outcome o = NwipeLogParser.parse(Fixtures.read(resource)).outcome(device);
        assertThat(o.verdict()).isEqualTo(verdict);
        assertThat(o.reason()).contains(reason);
    }

    @Test
    void readsEverythingFromTheRealDebianSuccessLog() {
        NwipeLog log = NwipeLogParser.parse(Fixtures.read("nwipe/real-033-success.log"));
        assertThat(log.toolVersion()).isEqualTo("0.33");
        assertThat(log.layout()).isEqualTo(NwipeLog.Layout.V0_31);
        assertThat(log.methodLabel()).isEqualTo("Fill With Zeros");
        assertThat(log.method()).contains(NwipeMethod.ZERO);
        assertThat(log.rounds()).isEqualTo(1);
        assertThat(log.blank()).isTrue();
        assertThat(log.verify()).isEqualTo("VL");
        assertThat(log.footerSeen()).isTrue();
        assertThat(log.endMessage()).startsWith("Nwipe successfully completed");
        DeviceSummary d = log.device("loop0").orElseThrow();
        assertThat(d.status()).isEqualTo(DriveStatus.ERASED);
        assertThat(d.flagged()).isFalse();
        assertThat(d.passErrors()).isZero();
        assertThat(d.verificationErrors()).isZero();
        assertThat(d.syncErrors()).isZero();
        assertThat(d.bytesWritten()).isEqualTo(2 * 67108864L);
        assertThat(d.bytesRead()).isEqualTo(67108864L);
        assertThat(d.largestPassBytes()).isEqualTo(67108864L);
        assertThat(d.throughputBytesPerSecond()).isZero();
        assertThat(d.duration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(d.model()).isEqualTo("Loopback device");
        assertThat(d.serial()).isEmpty();
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void readOnlyFailureKeepsNwipesErrorLines() {
        NwipeLog log = NwipeLogParser.parse(Fixtures.read("nwipe/real-033-readonly.log"));
        DeviceSummary d = log.device("loop0").orElseThrow();
        assertThat(d.status()).isEqualTo(DriveStatus.FAILED);
        assertThat(d.flagged()).isTrue();
        assertThat(d.passErrors()).isEqualTo(1);
        assertThat(d.problems()).anyMatch(p -> p.contains("write: Operation not permitted"));
        assertThat(log.endMessage()).startsWith("Nwipe exited with errors");
    }

    @Test
    void verifyFailureCountsVerificationErrors() {
        DeviceSummary d = NwipeLogParser.parse(Fixtures.read("nwipe/real-033-verifyfail.log"))
                .device("loop0").orElseThrow();
        assertThat(d.verificationErrors()).isEqualTo(131072);
        assertThat(d.problems()).anyMatch(p -> p.contains("[FAILURE] /dev/loop0 has not been Zeroed"));
    }

    @Test
    void preV031LayoutIsRecognisedWithoutFdatasyncColumn() {
        NwipeLog log = NwipeLogParser.parse(Fixtures.read("nwipe/01_pr325_loop_device_summary_excerpt.log"));
        assertThat(log.layout()).isEqualTo(NwipeLog.Layout.PRE_0_31);
        DeviceSummary d = log.device("loop44").orElseThrow();
        assertThat(d.status()).isEqualTo(DriveStatus.ERASED);
        assertThat(d.syncErrors()).isNull();
        assertThat(d.throughputBytesPerSecond()).isEqualTo(31_000_000L);
        assertThat(d.bytesWritten()).isEqualTo(31457280L);
        assertThat(log.footerSeen()).isFalse();
    }

    @Test
    void v041LayoutReadsTheErasureSummary() {
        NwipeLog log = NwipeLogParser.parse(Fixtures.read("nwipe/derived-041-two-drives.log"));
        assertThat(log.layout()).isEqualTo(NwipeLog.Layout.V0_41);
        assertThat(log.toolVersion()).isEqualTo("0.41");
        DeviceSummary sdb = log.device("sdb").orElseThrow();
        assertThat(sdb.bytesErased()).isEqualTo(500107862016L);
        assertThat(sdb.bytesTotal()).isEqualTo(500107862016L);
        assertThat(sdb.serial()).isEqualTo("S4EVNX0N123456");
        assertThat(sdb.duration()).isEqualTo(Duration.ofHours(8).plusMinutes(16).plusSeconds(8));
        DeviceSummary sdc = log.device("sdc").orElseThrow();
        assertThat(sdc.bytesErased()).isEqualTo(125829120000L);
        assertThat(sdc.problems()).anyMatch(p -> p.startsWith("error: nwipe_random_pass"));
        assertThat(sdb.problems()).isEmpty();
    }

    @Test
    void erasedRowWithErrorsInTheErrorSummaryIsAFailure() {
        String log = Fixtures.read("nwipe/real-033-success.log")
                .replace("     loop0 |           0 |                    0 |                    0",
                        "     loop0 |           0 |                    0 |                    3");
        NwipeLog.Outcome o = NwipeLogParser.parse(log).outcome("loop0");
        assertThat(o.verdict()).isEqualTo(NwipeLog.Verdict.FAILED);
        assertThat(o.reason()).contains("3 fdatasync errors");
    }

    @Test
    void missingErrorSummaryRowIsAFailure() {
        String log = Fixtures.read("nwipe/real-033-success.log")
                .replace("     loop0 |           0 |                    0 |                    0\n", "");
        assertThat(NwipeLogParser.parse(log).outcome("loop0").reason()).contains("Error Summary table has no row");
    }

    @Test
    void garbledStatusCellIsAFailure() {
        String log = Fixtures.read("nwipe/real-033-success.log").replace("| Erased |", "| Er@sed |");
        NwipeLog.Outcome o = NwipeLogParser.parse(log).outcome("loop0");
        assertThat(o.verdict()).isEqualTo(NwipeLog.Verdict.FAILED);
        assertThat(o.reason()).contains("unknown status 'Er@sed'");
    }

    @Test
    void emptyOrForeignTextHasNoTable() {
        assertThat(NwipeLogParser.parse(null).outcome("sda").reason()).contains("no Drive Status table");
        assertThat(NwipeLogParser.parse("hello\nworld").layout()).isEqualTo(NwipeLog.Layout.NONE);
    }

    @Test
    void everyPrefixOfTheSuccessLogShortOfTheFooterIsNeverErased() {
        String full = Fixtures.read("nwipe/real-033-success.log");
        int footer = full.indexOf("Total Throughput");
        for (int cut = 0; cut < footer; cut += 7) {
            NwipeLog.Outcome o = NwipeLogParser.parse(full.substring(0, cut)).outcome("loop0");
            assertThat(o.verdict()).as("cut at %d", cut).isNotEqualTo(NwipeLog.Verdict.ERASED);
        }
        assertThat(NwipeLogParser.parse(full).outcome("loop0").verdict()).isEqualTo(NwipeLog.Verdict.ERASED);
    }
}
