package org.filiere.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.examples.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.filiere.custody.CustodyEvent;
import org.filiere.device.MediaType;
import org.filiere.ledger.LedgerEntry;
import org.filiere.reporting.journal.Journal;
import org.filiere.sanitization.ErrorCounts;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.Technique;
import org.filiere.sanitization.TechniqueParameters;
import org.filiere.sanitization.ToolInfo;
import org.filiere.sanitization.Verification;
import org.filiere.sanitization.VerificationMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify, journal verify, keys generate, attest and report impact, run through the CLI. */
class ReportingCommandsTest {
    private static final Instant T0 = Instant.parse("2026-03-20T08:00:00Z");
    private static final String AGREEMENT = """
            {"id": "CONV-2026-007",
             "donor": {"kind": "COMPANY", "name": "Transalpine Logistique SAS", "siret": "44321759400011"},
             "recipient": {"name": "Environnement et Solidarité", "category": "GENERAL_INTEREST_ASSOCIATION"},
             "signedOn": "2026-03-02", "collectedOn": "2026-03-09", "confidentiality": "MODERATE",
             "devices": [{"category": "LAPTOP", "manufacturer": "HP", "model": "EliteBook 840 G5",
               "serialNumber": "5CG8401ABC", "media": [{"type": "NVME_SSD", "serialNumber": "S4DXNF0M400001",
               "capacityBytes": 256060514304}]}]}
            """;

    @TempDir
    Path dir;

    private Path journal(boolean sanitized) {
        Path file = dir.resolve("journal.jsonl");
        try (Journal j = Journal.open(file, Clock.fixed(T0, ZoneOffset.UTC))) {
            j.append(new LedgerEntry.CustodyRecorded("5CG8401ABC", new CustodyEvent.Received(T0, "alice", "miraille",
                    "CONV-2026-007", Map.of("S4DXNF0M400001", Level.PURGE))));
            j.append(new LedgerEntry.WipeStarted("S4DXNF0M400001", "/dev/nvme0n1",
                    Technique.NVME_SANITIZE_BLOCK_ERASE, "nvme-cli", T0));
            if (sanitized) {
                j.append(new LedgerEntry.SanitizationRecorded(new SanitizationRecord("S4DXNF0M400001",
                        MediaType.NVME_SSD, Technique.NVME_SANITIZE_BLOCK_ERASE,
                        TechniqueParameters.firmware("sanitize-block-erase", VerificationMode.SAMPLED),
                        new ToolInfo("nvme-cli", "2.3"), T0, T0.plusSeconds(95), new SanitizationResult.Completed(),
                        new Verification(VerificationMode.SAMPLED, true, 0, "SPROG=65535"), ErrorCounts.NONE,
                        HiddenAreaStatus.NOT_APPLICABLE, 256060514304L, "alice", "miraille", null)));
            }
        }
        return file;
    }

    @Test
    void attestRefusesListingTheMissingMediumThenIssuesSignedDocumentsThatVerify() throws Exception {
        Path agreement = Files.writeString(dir.resolve("agreement.json"), AGREEMENT);
        Path out = dir.resolve("out");
        CliRun refused = run("attest", "--agreement", agreement.toString(), "--journal", journal(false).toString(),
                "--out", out.toString(), "--lang", "en");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("S4DXNF0M400001", "WIPE_UNFINISHED");
        assertThat(refused.err()).as("the file form of --agreement still works, with a nudge").contains("deprecated");
        assertThat(out).doesNotExist();

        Files.delete(dir.resolve("journal.jsonl"));
        CliRun keys = run("keys", "generate", "--out", dir.resolve("keys").toString(), "--json");
        assertThat(keys.exit()).isZero();
        String fingerprint = new ObjectMapper().readTree(keys.out()).get("fingerprint").asText();

        CliRun issued = run("attest", "--agreement-file", agreement.toString(), "--journal", journal(true).toString(),
                "--out", out.toString(), "--key", dir.resolve("keys/signing-key.pem").toString(), "--json");
        assertThat(issued.exit()).as(issued.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(issued.out());
        assertThat(result.get("fingerprint").asText()).isEqualTo(fingerprint);
        Path attestation = Path.of(result.get("attestation").asText());
        assertThat(attestation).exists();
        assertThat(Path.of(result.get("pdf").asText())).exists();
        assertThat(result.get("certificates")).hasSize(1);
        Path certificate = Path.of(result.get("certificates").get(0).asText());
        assertThat(Files.readString(certificate)).contains("\"status\" : \"ERASED\"");

        for (Path signed : new Path[] {attestation, certificate}) {
            assertThat(run("verify", signed.toString()).exit()).isZero();
            assertThat(run("verify", signed.toString(), "--public-key",
                    dir.resolve("keys/signing-key.pub.pem").toString()).exit()).isZero();
        }
        // A different trusted key, and a changed byte, both fail with exit 1.
        run("keys", "generate", "--out", dir.resolve("other").toString());
        assertThat(run("verify", attestation.toString(), "--public-key",
                dir.resolve("other/signing-key.pub.pem").toString()).exit()).isEqualTo(1);
        String text = Files.readString(attestation);
        String changed = text.replaceFirst("\"agreementId\" : \"CONV-2026-007\"", "\"agreementId\" : \"CONV-2026-008\"");
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(attestation, changed);
        CliRun tampered = run("verify", attestation.toString(), "--json");
        assertThat(tampered.exit()).isEqualTo(1);
        assertThat(tampered.out()).contains("content hash does not match");
    }

    @Test
    void journalVerifyNamesTheFirstBadEntry() throws Exception {
        Path file = journal(true);
        CliRun ok = run("journal", "verify", file.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("Journal intact", "3 entrées");

        String text = Files.readString(file);
        Files.writeString(file, text.replace("nvme-cli\",\"version\":\"2.3", "nvme-cli\",\"version\":\"2.4"));
        CliRun bad = run("journal", "verify", file.toString(), "--json");
        assertThat(bad.exit()).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(bad.out());
        assertThat(j.get("status").asText()).isEqualTo("TAMPERED");
        assertThat(j.get("firstBadEntry").asInt()).isEqualTo(3);

        Files.writeString(file, text.substring(0, text.length() - 10));
        CliRun torn = run("journal", "verify", file.toString(), "--lang", "en");
        assertThat(torn.exit()).isEqualTo(1);
        assertThat(torn.out()).contains("Journal truncated", "entry 3 incomplete");

        assertThat(run("journal", "verify", dir.resolve("missing.jsonl").toString()).exit()).isEqualTo(2);
    }

    @Test
    void reportImpactWritesSignedJsonPdfAndCsv() throws Exception {
        Path inventory = Files.writeString(dir.resolve("inventory.json"), """
                {"devices": [
                  {"category": "LAPTOP", "outcome": "REUSED", "transportKm": 85, "donorId": "transalpine", "date": "2026-06-02"},
                  {"category": "LAPTOP", "outcome": "REUSED", "transportKm": 85, "donorId": "transalpine", "date": "2026-06-02"},
                  {"category": "DESKTOP", "outcome": "RECYCLED", "donorId": "transalpine", "date": "2026-06-02"},
                  {"category": "LAPTOP", "outcome": "REUSED", "donorId": "other", "date": "2026-06-02"}]}
                """);
        Path out = dir.resolve("impact");
        CliRun r = run("report", "impact", inventory.toString(), "--donor", "transalpine", "--out", out.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("devices").asInt()).isEqualTo(3);
        assertThat(run("verify", j.get("json").asText()).exit()).isZero();
        assertThat(Files.readString(Path.of(j.get("csv").asText()))).startsWith("sheetId;category;");
        assertThat(Path.of(j.get("pdf").asText())).exists();
        try (Stream<Path> keys = Files.list(out.resolve("keys"))) {
            assertThat(keys.count()).as("a key was created for the unsigned case").isEqualTo(2);
        }
    }
}
