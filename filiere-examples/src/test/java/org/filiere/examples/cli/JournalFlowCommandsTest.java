package org.filiere.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.examples.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.filiere.device.MediaType;
import org.filiere.ledger.LedgerEntry;
import org.filiere.ledger.LedgerState;
import org.filiere.reporting.journal.Journal;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the CLI on a real journal file: an agreement registered in the journal, attested by id
 * (certificates and attestation recorded back in the journal, signatures verified); after-donation support
 * recorded and followed up.
 */
class JournalFlowCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-03-20T08:00:00Z");
    private static final String AGREEMENT = """
            {"id": "CONV-2026-007",
             "donor": {"kind": "COMPANY", "name": "Transalpine Logistique SAS", "siret": "44321759400011"},
             "recipient": {"name": "Environnement et Solidarité", "category": "GENERAL_INTEREST_ASSOCIATION"},
             "signedOn": "2026-03-02", "collectedOn": "2026-03-09", "confidentiality": "MODERATE",
             "devices": [
               {"category": "LAPTOP", "manufacturer": "HP", "model": "EliteBook 840 G5", "serialNumber": "5CG8401ABC",
                "media": [{"type": "NVME_SSD", "serialNumber": "S4DXNF0M400001", "capacityBytes": 256060514304}]},
               {"category": "DESKTOP", "manufacturer": "Dell", "model": "OptiPlex 7060", "serialNumber": "8JQ2LM2",
                "media": [{"type": "ATA_HDD", "serialNumber": "WD-WCC6Y0AB1234", "capacityBytes": 500107862016}]}]}
            """;

    @TempDir
    Path dir;

    private static SanitizationRecord nvme() {
        return new SanitizationRecord("S4DXNF0M400001", MediaType.NVME_SSD, Technique.NVME_SANITIZE_BLOCK_ERASE,
                TechniqueParameters.firmware("sanitize-block-erase", VerificationMode.SAMPLED),
                new ToolInfo("nvme-cli", "2.3"), T0, T0.plusSeconds(95), new SanitizationResult.Completed(),
                new Verification(VerificationMode.SAMPLED, true, 0, "SPROG=65535"), ErrorCounts.NONE,
                HiddenAreaStatus.NOT_APPLICABLE, 256060514304L, "alice", "miraille", null);
    }

    private static SanitizationRecord hdd() {
        return new SanitizationRecord("WD-WCC6Y0AB1234", MediaType.ATA_HDD, Technique.ATA_SANITIZE_OVERWRITE,
                TechniqueParameters.firmware("sanitize-overwrite", VerificationMode.FULL),
                new ToolInfo("hdparm", "9.65"), T0, T0.plusSeconds(5400), new SanitizationResult.Completed(),
                new Verification(VerificationMode.FULL, true, 0, "last pass verified"), ErrorCounts.NONE,
                HiddenAreaStatus.ABSENT, 500107862016L, "alice", "miraille", null);
    }

    private void append(Path journal, LedgerEntry... entries) {
        try (Journal j = Journal.open(journal, Clock.fixed(T0, ZoneOffset.UTC))) {
            for (LedgerEntry e : entries) {
                j.append(e);
            }
        }
    }

    @Test
    void anAgreementRegisteredInTheJournalIsAttestedByIdAndTheIssuanceIsJournalled() throws Exception {
        Path agreement = Files.writeString(dir.resolve("agreement.json"), AGREEMENT);
        Path journal = dir.resolve("journal.jsonl");
        Path out = dir.resolve("out");

        CliRun added = run("journal", "add-agreement", agreement.toString(), "--journal", journal.toString(), "--json");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.json().get("outcome").asText()).isEqualTo("RECORDED");
        assertThat(run("journal", "add-agreement", agreement.toString(), "--journal", journal.toString(), "--json")
                .json().get("outcome").asText()).as("registering the same agreement again is a no-op")
                .isEqualTo("ALREADY_RECORDED");

        // An unknown id: exit 1, naming it and the ids the journal knows.
        CliRun unknown = run("attest", "--agreement", "CONV-2026-999", "--journal", journal.toString(),
                "--out", out.toString(), "--lang", "en");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.out()).contains("CONV-2026-999 is not in journal", "Agreements in the journal: CONV-2026-007");
        CliRun unknownJson = run("attest", "--agreement", "CONV-2026-999", "--journal", journal.toString(),
                "--out", out.toString(), "--json");
        assertThat(unknownJson.json().get("knownAgreements").get(0).asText()).isEqualTo("CONV-2026-007");

        // Only the laptop's SSD is sanitized: refused, the desktop's disk is listed, nothing written or journalled.
        append(journal, new LedgerEntry.SanitizationRecorded(nvme()));
        CliRun refused = run("attest", "--agreement", "CONV-2026-007", "--journal", journal.toString(),
                "--out", out.toString(), "--json");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.json().get("missing")).hasSize(1);
        assertThat(refused.json().get("missing").get(0).get("mediumSerial").asText()).isEqualTo("WD-WCC6Y0AB1234");
        assertThat(refused.json().get("missing").get(0).get("reason").asText()).isEqualTo("NO_RECORD");
        assertThat(out).doesNotExist();
        int entriesBefore = Journal.read(journal).lines().size();

        append(journal, new LedgerEntry.WipeStarted("WD-WCC6Y0AB1234", "/dev/sdb", Technique.ATA_SANITIZE_OVERWRITE,
                "hdparm", T0),
                new LedgerEntry.SanitizationRecorded(hdd()));
        CliRun keys = run("keys", "generate", "--out", dir.resolve("keys").toString(), "--json");
        String fingerprint = keys.json().get("fingerprint").asText();
        CliRun issued = run("attest", "--agreement", "CONV-2026-007", "--journal", journal.toString(),
                "--out", out.toString(), "--key", dir.resolve("keys/signing-key.pem").toString(), "--json");
        assertThat(issued.exit()).as(issued.out() + issued.err()).isZero();
        JsonNode result = issued.json();
        assertThat(result.get("fingerprint").asText()).isEqualTo(fingerprint);
        assertThat(result.get("certificates")).hasSize(2);
        Path attestation = Path.of(result.get("attestation").asText());
        assertThat(Files.readString(attestation)).contains("5CG8401ABC", "8JQ2LM2", "Transalpine Logistique SAS");
        for (JsonNode c : result.get("certificates")) {
            Path cert = Path.of(c.asText());
            assertThat(Files.readString(cert)).contains("\"status\" : \"ERASED\"");
            assertThat(run("verify", cert.toString(), "--public-key",
                    dir.resolve("keys/signing-key.pub.pem").toString()).exit()).isZero();
        }
        CliRun verified = run("verify", attestation.toString(), "--public-key",
                dir.resolve("keys/signing-key.pub.pem").toString());
        assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();

        // The journal now says which certificates and which attestation exist, and is still intact.
        assertThat(run("journal", "verify", journal.toString()).exit()).isZero();
        LedgerState state = Journal.read(journal).state();
        assertThat(Journal.read(journal).lines()).hasSize(entriesBefore + 2 + 3);
        assertThat(state.certificates("S4DXNF0M400001")).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CertificateStatus.ERASED));
        assertThat(state.certificates("WD-WCC6Y0AB1234")).hasSize(1);
        assertThat(state.attestations("CONV-2026-007")).singleElement()
                .satisfies(a -> assertThat(a.file()).isEqualTo(attestation.toString()));
    }

    @Test
    void registeringAnAgreementRefusesInvalidOnesAndAskForAmendToReplaceAVersion() throws Exception {
        Path journal = dir.resolve("journal.jsonl");
        Path agreement = Files.writeString(dir.resolve("agreement.json"), AGREEMENT);
        assertThat(run("journal", "add-agreement", agreement.toString(), "--journal", journal.toString()).exit())
                .isZero();

        Path changed = Files.writeString(dir.resolve("changed.json"),
                AGREEMENT.replace("\"MODERATE\"", "\"HIGH\""));
        CliRun refused = run("journal", "add-agreement", changed.toString(), "--journal", journal.toString(), "--lang", "en");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("AGREEMENT_ALREADY_RECORDED", "--amend");
        CliRun amended = run("journal", "add-agreement", changed.toString(), "--journal", journal.toString(), "--amend",
                "--json");
        assertThat(amended.exit()).isZero();
        assertThat(amended.json().get("outcome").asText()).isEqualTo("AMENDED");
        assertThat(Journal.read(journal).state().agreement("CONV-2026-007").orElseThrow().confidentiality())
                .hasToString("HIGH");

        // Collected before it was signed: a rule violation, not recorded.
        Path invalid = Files.writeString(dir.resolve("invalid.json"), AGREEMENT
                .replace("CONV-2026-007", "CONV-2026-008").replace("\"collectedOn\": \"2026-03-09\"",
                        "\"collectedOn\": \"2026-02-01\""));
        CliRun bad = run("journal", "add-agreement", invalid.toString(), "--journal", journal.toString(), "--json");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.json().get("recorded").asBoolean()).isFalse();
        assertThat(bad.json().get("violations")).isNotEmpty();
        assertThat(Journal.read(journal).state().agreement("CONV-2026-008")).isEmpty();

        assertThat(run("journal", "add-agreement", dir.resolve("missing.json").toString(), "--journal",
                journal.toString()).exit()).isEqualTo(2);
    }

    @Test
    void supportIsRecordedInTheJournalAndTheLateDeliveriesAreListed() throws Exception {
        String j = dir.resolve("support.jsonl").toString();
        // The mediator rule: a delivery by a mediator whose training is not recorded is refused.
        CliRun untrained = run("support", "deliver", "--journal", j, "--request", "R-031", "--device", "D-0107",
                "--date", "2026-06-01", "--mediator", "med-1", "--beneficiary", "B-7F3A", "--json");
        assertThat(untrained.exit()).isEqualTo(1);
        assertThat(untrained.json().get("violations").get(0).get("rule").asText()).isEqualTo("MEDIATOR_NOT_TRAINED");

        assertThat(run("support", "train", "--journal", j, "--mediator", "med-1", "--date", "2026-05-10").exit()).isZero();
        assertThat(run("support", "deliver", "--journal", j, "--request", "R-031", "--device", "D-0107",
                "--date", "2026-06-01", "--mediator", "med-1", "--beneficiary", "B-7F3A",
                "--prescriber-kind", "FRANCE_SERVICES").exit()).isZero();
        assertThat(run("support", "deliver", "--journal", j, "--request", "R-044", "--device", "D-0112",
                "--date", "2026-06-03", "--mediator", "med-1", "--beneficiary", "B-91", "--sessions", "3",
                "--interval-days", "7").exit()).isZero();
        assertThat(run("support", "deliver", "--journal", j, "--request", "R-050", "--device", "D-0120",
                "--date", "2026-06-03", "--mediator", "med-1", "--beneficiary", "Jean Dupont").exit())
                .as("a name is not a pseudonymous reference").isEqualTo(1);
        assertThat(run("support", "session", "--journal", j, "--request", "R-031", "--date", "2026-06-12",
                "--mediator", "med-1").exit()).isZero();
        CliRun early = run("support", "session", "--journal", j, "--request", "R-031", "--date", "2026-05-30",
                "--mediator", "med-1", "--lang", "en");
        assertThat(early.exit()).isEqualTo(1);
        assertThat(early.out()).contains("SESSION_BEFORE_DELIVERY");
        assertThat(run("support", "session", "--journal", j, "--request", "R-999", "--date", "2026-06-12",
                "--mediator", "med-1").exit()).isEqualTo(1);

        // June 14: R-031 due 0 (13 days), R-044 due floor(11/7)=1, held 0.
        CliRun june14 = run("support", "overdue", "--journal", j, "--as-of", "2026-06-14", "--json");
        assertThat(june14.exit()).isEqualTo(1);
        JsonNode late = june14.json();
        assertThat(late.get("asOf").asText()).isEqualTo("2026-06-14");
        assertThat(late.get("openPlans").asInt()).isEqualTo(2);
        assertThat(late.get("overdue")).hasSize(1);
        JsonNode r044 = late.get("overdue").get(0);
        assertThat(r044.get("requestId").asText()).isEqualTo("R-044");
        assertThat(r044.get("expectedSessions").asInt()).isEqualTo(3);
        assertThat(r044.get("behindBy").asInt()).isEqualTo(1);
        assertThat(r044.get("nextDueOn").asText()).isEqualTo("2026-06-10");
        assertThat(r044.get("daysOverdue").asInt()).isEqualTo(4);

        // July 20: R-031 due floor(49/14)=3, held 1 -> 2 behind; R-044 due 3, held 0 -> 3 behind, listed first.
        CliRun july = run("support", "overdue", "--journal", j, "--as-of", "2026-07-20", "--lang", "en");
        assertThat(july.exit()).isEqualTo(1);
        assertThat(july.out()).contains("2 delivery(ies) behind");
        assertThat(july.out().indexOf("R-044")).isLessThan(july.out().indexOf("R-031"));
        assertThat(july.out()).contains("R-031 / D-0107 (FRANCE_SERVICES) delivered 2026-06-01: 1/3 session(s) held/due, 2 behind");

        // A return ends R-044's support; before the first due date nothing is late (exit 0).
        assertThat(run("support", "return", "--journal", j, "--request", "R-044", "--date", "2026-06-20").exit()).isZero();
        CliRun june5 = run("support", "overdue", "--journal", j, "--as-of", "2026-06-05", "--json");
        assertThat(june5.exit()).isZero();
        assertThat(june5.json().get("overdue")).isEmpty();
        assertThat(june5.json().get("openPlans").asInt()).isEqualTo(1);

        // Today from the clock when --as-of is absent.
        SupportCommand.Overdue cmd = new SupportCommand.Overdue();
        cmd.clock = Clock.fixed(Instant.parse("2026-07-20T10:00:00Z"), ZoneOffset.UTC);
        var cl = new picocli.CommandLine(cmd);
        StringWriter sw = new StringWriter();
        cl.setOut(new PrintWriter(sw));
        assertThat(cl.execute("--journal", j, "--json")).isEqualTo(1);
        assertThat(JSON.readTree(sw.toString()).get("asOf").asText()).isEqualTo("2026-07-20");

        assertThat(run("journal", "verify", j).exit()).isZero();
        List<String> lines = Files.readAllLines(Path.of(j));
        assertThat(lines).anyMatch(l -> l.contains("\"type\":\"SESSION_HELD\""))
                .anyMatch(l -> l.contains("\"type\":\"MEDIATOR_TRAINED\""));

        // A tampered journal is not trusted: exit 2.
        Files.writeString(Path.of(j), Files.readString(Path.of(j)).replace("2026-06-12", "2026-06-13"));
        CliRun tampered = run("support", "overdue", "--journal", j, "--as-of", "2026-07-20");
        assertThat(tampered.exit()).isEqualTo(2);
        assertThat(tampered.err()).contains("journal altéré");
        assertThat(run("support", "overdue", "--journal", dir.resolve("none.jsonl").toString()).exit()).isEqualTo(2);
    }
}
