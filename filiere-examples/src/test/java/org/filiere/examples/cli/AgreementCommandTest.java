package org.filiere.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.examples.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code filiere agreement check} in-process on the shipped example documents. */
class AgreementCommandTest {
    static String example(String name) throws Exception {
        return Path.of(AgreementCommandTest.class.getResource("/examples/" + name).toURI()).toString();
    }

    @Test
    void theShippedPublicAgreementIsValid() throws Exception {
        CliRun r = run("agreement", "check", example("agreement-hautes-alpes.json"), "--json");
        assertThat(r.exit()).isEqualTo(0);
        JsonNode d = new ObjectMapper().readTree(r.out());
        assertThat(d.get("valid").asBoolean()).isTrue();
        assertThat(d.get("attestationDue").asText()).isEqualTo("2026-12-15");
        assertThat(d.get("violations").isArray()).isTrue();
        assertThat(d.get("violations")).isEmpty();
    }

    @Test
    void theShippedInvalidAgreementListsEveryViolationAndExitsOne() throws Exception {
        CliRun r = run("agreement", "check", example("agreement-invalid.json"), "--json");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode d = new ObjectMapper().readTree(r.out());
        assertThat(d.get("valid").asBoolean()).isFalse();
        assertThat(d.get("violations")).hasSize(8);
        for (JsonNode v : d.get("violations")) {
            assertThat(v.fieldNames()).toIterable().containsExactly("path", "rule", "message");
        }
        assertThat(d.get("violations").findValuesAsText("rule")).contains("PUBLIC_UNIT_VALUE_CAP",
                "PUBLIC_RECIPIENT_CATEGORY", "PUBLIC_DECISION_REQUIRED", "SIRET_CHECKSUM", "COLLECTION_BEFORE_SIGNING",
                "DEVICE_IDENTIFIER", "DUPLICATE_MEDIUM_SERIAL");
    }

    @Test
    void humanOutputIsFrenchByDefaultAndEnglishOnRequestWithEveryPath() throws Exception {
        CliRun fr = run("agreement", "check", example("agreement-invalid.json"));
        assertThat(fr.exit()).isEqualTo(1);
        assertThat(fr.out()).contains("8 violations").contains("devices[0].declaredValueEur")
                .contains("devices[1].media[0].serialNumber").contains("plafond de 300 €")
                .contains("Attestation d'effacement due au plus tard le 2026-12-03");
        CliRun en = run("agreement", "check", example("agreement-invalid.json"), "--lang", "en");
        assertThat(en.out()).contains("exceeds the 300 € cap").contains("Erasure attestation due by 2026-12-03");
        CliRun ok = run("agreement", "check", example("agreement-hautes-alpes.json"));
        assertThat(ok.out()).contains("valide").contains("Responsabilité transférée à la filière le 2026-06-01");
    }

    @Test
    void malformedJsonExitsTwoNamingLineAndColumnWithoutStackTrace(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\n  \"id\": \"X\",\n  \"donor\": {\"kind\": \"COMPANY\" \"name\": \"A\"}\n}\n");
        CliRun r = run("agreement", "check", f.toString(), "--json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("broken.json").contains("ligne=3").contains("colonne=31").doesNotContain("\tat ");
    }

    @Test
    void aMissingFileExitsTwo(@TempDir Path dir) {
        CliRun r = run("agreement", "check", dir.resolve("nope.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nope.json").contains("erreur");
    }

    @Test
    void aDeadlinePolicyCanBeGivenAndHelpWorks() throws Exception {
        CliRun r = run("agreement", "check", example("agreement-hautes-alpes.json"), "--json", "--deadline-months", "3");
        assertThat(new ObjectMapper().readTree(r.out()).get("attestationDue").asText()).isEqualTo("2026-09-15");
        assertThat(run("agreement", "check", "--help").exit()).isEqualTo(0);
        assertThat(run("agreement").exit()).isEqualTo(2);
    }
}
