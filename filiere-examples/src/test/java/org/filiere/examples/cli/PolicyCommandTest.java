package org.filiere.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.examples.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyCommandTest {
    private static JsonNode json(String... args) throws Exception {
        CliRun r = run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> techniques(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("technique").asText()));
        return out;
    }

    @Test
    void contractExampleGivesThePurgeTechniqueFirstWithVerificationAndReference() throws Exception {
        JsonNode d = json("policy", "--media", "NVME_SSD", "--donor", "COMPANY", "--confidentiality", "MODERATE",
                "--capability", "NVME_SANITIZE_BLOCK_ERASE", "--json");
        assertThat(d.get("requiredLevel").asText()).isEqualTo("PURGE");
        JsonNode first = d.get("acceptable").get(0);
        assertThat(first.get("technique").asText()).isEqualTo("NVME_SANITIZE_BLOCK_ERASE");
        assertThat(first.get("achieves").asText()).isEqualTo("PURGE");
        assertThat(first.get("verification").asText()).contains("1000");
        assertThat(first.get("reference").asText()).contains("IEEE 2883-2022");
        assertThat(first.get("verificationDetail").get("sampling").get("minCoveragePercent").asDouble()).isEqualTo(10.0);
        JsonNode overwrite = d.get("rejected").get(techniques(d.get("rejected")).indexOf("OVERWRITE"));
        assertThat(overwrite.get("reasonCode").asText()).isEqualTo("BELOW_REQUIRED_LEVEL");
        assertThat(overwrite.get("reason").asText()).isNotBlank();
    }

    @Test
    void aUsbStickAtPurgeIsDestroyed() throws Exception {
        JsonNode d = json("policy", "--media", "USB_FLASH", "--donor", "ASSOCIATION", "--confidentiality", "MODERATE",
                "--json", "--lang", "en");
        assertThat(techniques(d.get("acceptable"))).containsExactly("DESTROY_DISINTEGRATE", "DESTROY_SHRED");
        assertThat(d.get("destruction").asText()).isEqualTo("NO_TECHNIQUE_FOR_MEDIUM");
        assertThat(d.get("because").asText()).contains("must be destroyed");
    }

    @Test
    void frozenAndNoPassThroughAreHonoured() throws Exception {
        JsonNode frozen = json("policy", "--media", "ATA_SSD", "--donor", "COMPANY", "--capability",
                "ATA_SECURITY_ERASE", "--frozen", "--json");
        assertThat(techniques(frozen.get("acceptable"))).startsWith("OVERWRITE");
        assertThat(frozen.get("rejected").get(techniques(frozen.get("rejected")).indexOf("ATA_SECURITY_ERASE"))
                .get("reasonCode").asText()).isEqualTo("SECURITY_FROZEN");

        JsonNode bridge = json("policy", "--media", "ATA_HDD", "--donor", "COMPANY", "--confidentiality", "MODERATE",
                "--capability", "ATA_SECURITY_ERASE", "--station-ata-pass-through", "false", "--json");
        assertThat(bridge.get("rejected").get(techniques(bridge.get("rejected")).indexOf("ATA_SECURITY_ERASE"))
                .get("reasonCode").asText()).isEqualTo("NO_ATA_PASS_THROUGH");
        assertThat(bridge.get("destruction").asText()).isEqualTo("NONE_FEASIBLE_ON_DRIVE");
    }

    @Test
    void anIndividualWithoutConfidentialityNeedsAReinstall() throws Exception {
        JsonNode d = json("policy", "--media", "ATA_HDD", "--donor", "INDIVIDUAL", "--json");
        assertThat(d.get("requiredLevel").asText()).isEqualTo("REINSTALL");
        assertThat(d.get("acceptable").get(0).get("technique").asText()).isEqualTo("OS_REINSTALL");
    }

    @Test
    void humanOutputIsFrenchByDefaultAndEnglishOnRequest() {
        CliRun fr = run("policy", "--media", "ATA_HDD", "--donor", "COMPANY");
        assertThat(fr.exit()).isZero();
        assertThat(fr.out()).contains("Niveau requis : CLEAR").contains("Techniques acceptables");
        CliRun en = run("policy", "--media", "ATA_HDD", "--donor", "COMPANY", "--lang", "en");
        assertThat(en.out()).contains("Required level: CLEAR").contains("Acceptable techniques");
    }

    @Test
    void anUnknownEnumValueIsAUsageErrorNamingTheOptionAndTheValues() {
        CliRun r = run("policy", "--media", "FLOPPY", "--donor", "COMPANY", "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(r.err()).contains("--media").contains("FLOPPY").contains("USB_FLASH");
        assertThat(r.out()).isEmpty();
        CliRun lower = run("policy", "--media", "ATA_HDD", "--donor", "company");
        assertThat(lower.exit()).as("enum values are upper-case").isEqualTo(ExitCodes.USAGE_OR_IO);
        CliRun cap = run("policy", "--media", "ATA_HDD", "--donor", "COMPANY", "--capability", "DEGAUSS");
        assertThat(cap.exit()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(cap.err()).contains("--capability");
    }

    @Test
    void passThroughTakesOnlyTrueOrFalse() {
        CliRun r = run("policy", "--media", "ATA_HDD", "--donor", "COMPANY", "--station-ata-pass-through", "maybe");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE_OR_IO);
    }
}
