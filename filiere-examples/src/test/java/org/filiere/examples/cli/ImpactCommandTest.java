package org.filiere.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImpactCommandTest {
    /** The contract's example inventory (contracts/examples/inventory.json). */
    private static final String INVENTORY = """
            {"devices": [
              {"category": "DESKTOP", "outcome": "REUSED", "transportKm": 40, "partsAdded": [{"kind": "SSD", "count": 1}]},
              {"category": "LAPTOP", "outcome": "REUSED", "transportKm": 40, "partsAdded": []},
              {"category": "SCREEN", "outcome": "RECYCLED", "transportKm": 40, "partsAdded": []}
            ]}
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliRun.execute(out, err, args);
    }

    private Path inventory(String json) throws Exception {
        Path f = dir.resolve("inventory.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void jsonOutputCarriesTheContractFieldsWithHandComputedValues() throws Exception {
        int rc = run("impact", inventory(INVENTORY).toString(), "--factors", "ademe-impactco2-2024",
                "--substitution", "0.7", "--json");
        assertThat(rc).as(err.toString()).isZero();
        JsonNode d = new ObjectMapper().readTree(out.toString());
        assertThat(d.get("factorSet").asText()).isEqualTo("ademe-impactco2-2024");
        assertThat(d.get("substitutionRate").asDouble()).isEqualTo(0.7);
        // 0.7 × (204.4 − 15.94324) + 0.7 × (182.6 − 0.80324) = 131.919732 + 127.257732 = 259.177464
        assertThat(d.get("avoidedKgCO2e").asDouble()).isCloseTo(259.177, within(1e-9));
        assertThat(d.get("avoidedKgCO2eLow").asDouble()).isLessThanOrEqualTo(d.get("avoidedKgCO2e").asDouble());
        assertThat(d.get("avoidedKgCO2eHigh").asDouble()).isGreaterThanOrEqualTo(d.get("avoidedKgCO2e").asDouble());
        assertThat(d.get("eWasteAvoidedKg").asDouble()).isCloseTo(6.9, within(1e-9));
        assertThat(d.get("byCategory")).hasSize(3);
        assertThat(d.get("byCategory").get(0).get("category").asText()).isEqualTo("LAPTOP");
        assertThat(d.get("byCategory").get(0).get("count").asInt()).isEqualTo(1);
        assertThat(d.get("disclosure").get("caveats").toString()).contains("NOT_DEDUCTED_FROM_SCOPES");
    }

    @Test
    void substitutionOneGivesTheFullCredit() throws Exception {
        // S = 1: 188.45676 + 181.79676 = 370.25352
        int rc = run("impact", inventory(INVENTORY).toString(), "--substitution", "1", "--json");
        assertThat(rc).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("avoidedKgCO2e").asDouble())
                .isCloseTo(370.254, within(1e-9));
    }

    @Test
    void humanOutputIsFrenchByDefaultAndShowsTheCaveat() throws Exception {
        assertThat(run("impact", inventory(INVENTORY).toString())).isZero();
        assertThat(out.toString()).contains("Contribution aux émissions évitées", "259,2", "ne se déduisent jamais");
    }

    @Test
    void humanOutputInEnglish() throws Exception {
        assertThat(run("impact", inventory(INVENTORY).toString(), "--lang", "en")).isZero();
        assertThat(out.toString()).contains("Contribution to avoided emissions", "259.2", "never deducted");
    }

    @Test
    void unknownFactorSetExitsTwoListingKnownIds() throws Exception {
        assertThat(run("impact", inventory(INVENTORY).toString(), "--factors", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("nope", "ademe-impactco2-2024", "ademe-base-empreinte",
                "boavizta-pcf-median-2023");
    }

    @Test
    void substitutionOutsideZeroOneExitsTwo() throws Exception {
        assertThat(run("impact", inventory(INVENTORY).toString(), "--substitution", "1.5")).isEqualTo(2);
        assertThat(run("impact", inventory(INVENTORY).toString(), "--substitution", "-0.1")).isEqualTo(2);
    }

    @Test
    void invalidInventoryExitsOneWithEveryViolation() throws Exception {
        Path f = inventory("{\"devices\": [{\"category\": \"LAPTOP\", \"transportKm\": -1}]}");
        assertThat(run("impact", f.toString(), "--json")).isEqualTo(1);
        assertThat(out.toString()).contains("devices[0].outcome", "devices[0].transportKm");
    }

    @Test
    void malformedJsonExitsTwoNamingTheLine() throws Exception {
        Path f = inventory("{\"devices\": [\n{\"category\": \"LAPTOP\",, }]}");
        assertThat(run("impact", f.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("inventory.json", "ligne=2");
    }

    @Test
    void ownFactorSetFileIsAccepted() throws Exception {
        Path set = dir.resolve("own.json");
        try (var in = getClass().getResourceAsStream("/org/filiere/reporting/carbon/ademe-impactco2-2024.json")) {
            Files.writeString(set, new String(in.readAllBytes()).replace("\"id\": \"ademe-impactco2-2024\"",
                    "\"id\": \"own-set\""));
        }
        assertThat(run("impact", inventory(INVENTORY).toString(), "--factors", set.toString(), "--json")).isZero();
        assertThat(out.toString()).contains("\"own-set\"");
    }
}
