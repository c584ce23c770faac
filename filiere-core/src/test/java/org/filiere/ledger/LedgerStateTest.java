package org.filiere.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.filiere.device.MediaType;
import org.filiere.sanitization.CertificateStatus;
import org.filiere.sanitization.ErrorCounts;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.Technique;
import org.filiere.sanitization.TechniqueParameters;
import org.filiere.sanitization.ToolInfo;
import org.filiere.sanitization.Verification;
import org.filiere.sanitization.VerificationMode;
import org.junit.jupiter.api.Test;

class LedgerStateTest {
    private static final Instant T0 = Instant.parse("2026-06-02T07:00:00Z");

    private static SanitizationRecord record(String serial) {
        return new SanitizationRecord(serial, MediaType.NVME_SSD, Technique.NVME_SANITIZE_BLOCK_ERASE,
                TechniqueParameters.firmware("sanitize-block-erase", VerificationMode.SAMPLED),
                new ToolInfo("nvme-cli", "2.3"), T0, T0.plusSeconds(30), new SanitizationResult.Completed(),
                new Verification(VerificationMode.SAMPLED, true, 0, ""), ErrorCounts.NONE,
                HiddenAreaStatus.NOT_APPLICABLE, 0, "op", "hub", null);
    }

    @Test
    void aStartedWipeWithoutOutcomeIsUnfinishedAndARecordClosesIt() {
        Ledger ledger = new InMemoryLedger();
        ledger.append(new LedgerEntry.WipeStarted("A", "/dev/sdb", Technique.OVERWRITE, "nwipe", T0));
        ledger.append(new LedgerEntry.WipeStarted("B", "/dev/sdc", Technique.OVERWRITE, "nwipe", T0));
        ledger.append(new LedgerEntry.SanitizationRecorded(record("A")));
        ledger.append(new LedgerEntry.CertificateIssued("CERT-1", "A", CertificateStatus.ERASED, "a.json", T0));
        ledger.append(new LedgerEntry.CustodyRecorded("INV-1", new org.filiere.custody.CustodyEvent.Received(T0, "alice", "hub",
                "CONV-1", Map.of("A", org.filiere.sanitization.Level.PURGE))));

        LedgerState s = ledger.state();
        assertThat(s.size()).isEqualTo(5);
        assertThat(s.unfinishedWipes()).containsOnlyKeys("B");
        assertThat(s.latestRecord("A")).contains(record("A"));
        assertThat(s.latestRecord("B")).isEmpty();
        assertThat(s.certificates("A")).extracting(LedgerEntry.CertificateIssued::certificateId)
                .containsExactly("CERT-1");
        assertThat(s.custodyEvents("INV-1")).hasSize(1);

        ledger.append(new LedgerEntry.WipeInterrupted("B", "station restarted", T0.plusSeconds(99)));
        assertThat(ledger.state().unfinishedWipes()).isEmpty();
    }

    @Test
    void entriesIsASnapshot() {
        Ledger ledger = new InMemoryLedger();
        var before = ledger.entries();
        ledger.append(new LedgerEntry.WipeInterrupted("B", "abort", T0));
        assertThat(before).isEmpty();
        assertThat(ledger.entries()).hasSize(1);
    }

    @Test
    void theLatestRegistrationOfAnAgreementIsTheOneInForceAndAttestationsAreKeptPerAgreement() {
        org.filiere.cession.CessionAgreement first = org.filiere.cession.CessionRuleTestAccess.publicAgreement();
        org.filiere.cession.CessionAgreement amended = new org.filiere.cession.CessionAgreement(first.id(),
                first.donor(), first.recipient(), first.signedOn(), first.collectedOn(),
                org.filiere.cession.Confidentiality.HIGH, first.publicDecision(), first.devices());
        Ledger ledger = new InMemoryLedger();
        ledger.append(new LedgerEntry.AgreementRecorded(first, T0));
        ledger.append(new LedgerEntry.AgreementRecorded(amended, T0.plusSeconds(60)));
        ledger.append(new LedgerEntry.AttestationIssued("ATT-1", first.id(), "out/ATT-1.json", T0.plusSeconds(90)));

        LedgerState s = ledger.state();
        assertThat(s.agreement(first.id())).contains(amended);
        assertThat(s.agreements()).containsOnlyKeys(first.id());
        assertThat(s.agreement("CONV-0000")).isEmpty();
        assertThat(s.attestations(first.id())).extracting(LedgerEntry.AttestationIssued::attestationId)
                .containsExactly("ATT-1");
        assertThat(s.attestations("CONV-0000")).isEmpty();
    }
}
