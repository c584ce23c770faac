package org.filiere.reporting.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.filiere.FiliereException;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.reporting.testdata.Samples;
import org.filiere.sanitization.CertificateStatus;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SanitizationCertificatesTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-02T12:00:00Z"), ZoneOffset.UTC);

    static Stream<Arguments> verdicts() {
        return Stream.of(
                Arguments.of("verified HDD overwrite, CLEAR required", Samples.nwipeHdd("A"), Level.CLEAR,
                        CertificateStatus.ERASED, List.of()),
                Arguments.of("verified HDD overwrite, PURGE required", Samples.nwipeHdd("A"), Level.PURGE,
                        CertificateStatus.ERASED_WITH_EXCEPTIONS, List.of(CertificateIssue.LEVEL_BELOW_REQUIREMENT)),
                Arguments.of("HPA/DCO not checked", Samples.hddHiddenUnknown("A"), Level.CLEAR,
                        CertificateStatus.ERASED_WITH_EXCEPTIONS, List.of(CertificateIssue.HIDDEN_AREAS_UNKNOWN)),
                Arguments.of("NVMe sanitize, PURGE required", Samples.nvmePurge("B"), Level.PURGE,
                        CertificateStatus.ERASED, List.of()),
                Arguments.of("failed verification", Samples.failed("C"), Level.CLEAR, CertificateStatus.NOT_ERASED,
                        List.of(CertificateIssue.RUN_FAILED, CertificateIssue.TOOL_ERRORS,
                                CertificateIssue.VERIFICATION_FAILED)),
                Arguments.of("shredded stick, PURGE required", Samples.shredded("D"), Level.PURGE,
                        CertificateStatus.ERASED, List.of()));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("verdicts")
    void theStatusFollowsTheRecordAndTheRequiredLevel(String name, SanitizationRecord record, Level required,
                                                     CertificateStatus status, List<CertificateIssue> issues) {
        SanitizationCertificate cert = SanitizationCertificates.issue(record, Samples.request(record, required), CLOCK);
        assertThat(cert.status()).isEqualTo(status);
        assertThat(cert.issues()).isEqualTo(issues);
        assertThat(cert.status() == CertificateStatus.ERASED).isEqualTo(record.meets(required));
    }

    @Test
    void aCertificateCannotClaimErasedForARecordThatDoesNotMeetItsLevel() {
        SanitizationRecord r = Samples.nwipeHdd("A");
        SanitizationCertificate c = SanitizationCertificates.issue(r, Samples.request(r, Level.PURGE), CLOCK);
        assertThatThrownBy(() -> new SanitizationCertificate(c.schemaVersion(), c.documentType(), c.id(),
                c.issuedAt(), CertificateStatus.ERASED, List.of(), c.requiredLevel(), c.levelAchieved(),
                c.standardReference(), c.agreementId(), c.donor(), c.siteName(), c.operator(), c.validator(),
                c.media(), c.record(), c.durationSeconds(), c.throughputBytesPerSecond(), c.destination(),
                c.notes(), null)).isInstanceOf(FiliereException.class).hasMessageContaining("status");
    }

    @Test
    void aCertificateCarriesTheNwipeStyleFiguresAndRoundTripsThroughJson() {
        SanitizationRecord r = Samples.nwipeHdd("WD-WCC4N1234567");
        SanitizationCertificate c = SanitizationCertificates.issue(r, Samples.request(r, Level.CLEAR), CLOCK);
        assertThat(c.durationSeconds()).isEqualTo(3 * 3600 + 25 * 60 + 7);
        assertThat(c.throughputBytesPerSecond()).isEqualTo(500107862016L / c.durationSeconds());
        assertThat(c.id()).matches("CERT-20260602-[0-9a-f]{10}").isEqualTo(SanitizationCertificates.idFor(r));
        String json = JsonDocuments.writePretty(c);
        assertThat(json).contains("\"schemaVersion\" : 1").contains("\"rawLogSha256\" : \"3b1f0c9a");
        assertThat(JsonDocuments.read(json, "c.json", SanitizationCertificate.class)).isEqualTo(c);
    }

    @Test
    void anUnknownSchemaVersionIsRefused() {
        SanitizationRecord r = Samples.nvmePurge("B");
        String json = JsonDocuments.writePretty(SanitizationCertificates.issue(r, Samples.request(r, Level.PURGE), CLOCK))
                .replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");
        assertThatThrownBy(() -> JsonDocuments.read(json, "c.json", SanitizationCertificate.class))
                .hasMessageContaining("unsupported schemaVersion 2");
    }
}
