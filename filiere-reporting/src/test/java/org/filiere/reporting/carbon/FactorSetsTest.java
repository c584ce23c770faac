package org.filiere.reporting.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.filiere.FiliereException;
import org.filiere.carbon.DonatedDevice;
import org.filiere.carbon.FactorSet;
import org.filiere.carbon.ImpactCalculator;
import org.filiere.carbon.ImpactReport;
import org.filiere.carbon.Outcome;
import org.filiere.carbon.PartAdded;
import org.filiere.carbon.PartKind;
import org.filiere.carbon.Uncertainty;
import org.filiere.device.DeviceCategory;
import org.filiere.reporting.json.DocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FactorSetsTest {
    static List<String> shippedIds() {
        return FactorSets.SHIPPED_IDS;
    }

    private static String resource(String id) throws IOException {
        try (InputStream in = FactorSets.class.getResourceAsStream("/org/filiere/reporting/carbon/" + id + ".json")) {
            assertThat(in).as("resource of " + id).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedIds")
    void everyShippedFactorHasASourceUrlAndAYear(String id) throws IOException {
        JsonNode root = new ObjectMapper().readTree(resource(id));
        List<JsonNode> factors = new ArrayList<>();
        root.get("devices").forEach(factors::add);
        root.get("parts").forEach(factors::add);
        root.get("transport").forEach(factors::add);
        factors.add(root.get("erasure"));
        assertThat(factors).hasSizeGreaterThan(10);
        for (JsonNode f : factors) {
            assertThat(f.path("sourceUrl").asText()).as("sourceUrl of " + f).startsWith("https://");
            assertThat(f.path("year").isInt()).as("year of " + f).isTrue();
            assertThat(f.path("year").asInt()).as("year of " + f).isBetween(2010, 2026);
            if (f.path("estimate").asBoolean(false)) {
                assertThat(f.path("note").asText()).as("note of estimate " + f).isNotBlank();
            }
        }
        FactorSet set = FactorSets.byId(id);
        assertThat(set.id()).isEqualTo(id);
        assertThat(set.sources()).isNotEmpty();
        assertThat(set.factors()).containsKeys(DeviceCategory.LAPTOP, DeviceCategory.DESKTOP, DeviceCategory.SCREEN);
    }

    @Test
    void defaultSetIsAdemeImpactCo2WithTheReferenceValues() {
        FactorSet set = FactorSets.defaultSet();
        assertThat(set.id()).isEqualTo("ademe-impactco2-2024");
        // reference §2.1 / §2.3: manufacturing + assembly/distribution
        assertThat(set.factor(DeviceCategory.LAPTOP).orElseThrow().embodiedKgCO2e()).isEqualTo(170.3 + 12.3, within(1e-9));
        assertThat(set.factor(DeviceCategory.DESKTOP).orElseThrow().embodiedKgCO2e()).isEqualTo(202.6 + 1.8, within(1e-9));
        assertThat(set.factor(DeviceCategory.SCREEN).orElseThrow().embodiedKgCO2e()).isEqualTo(64.6 + 1.3, within(1e-9));
        assertThat(set.factor(DeviceCategory.SCREEN).orElseThrow().uncertainty()).isEqualTo(Uncertainty.HIGH);
        assertThat(set.factor(DeviceCategory.SMARTPHONE).orElseThrow().embodiedKgCO2e()).isEqualTo(83 + 2.1, within(1e-9));
        assertThat(set.part(PartKind.HDD).kgCO2ePerUnit()).isEqualTo(31.11);
        assertThat(set.part(PartKind.BATTERY).estimate()).isTrue();
        assertThat(FactorSets.byId("ademe-base-empreinte").factor(DeviceCategory.LAPTOP).orElseThrow()
                .adpeKgSbEq().getAsDouble()).isEqualTo(0.0086);
        assertThat(FactorSets.byId("boavizta-pcf-median-2023").factor(DeviceCategory.SCREEN).orElseThrow()
                .embodiedKgCO2e()).isEqualTo(333);
    }

    @Test
    void shippedDefaultSetReproducesTheHandComputedContractExample() {
        // desktop REUSED 40 km van + SSD: 0.7 × (204.4 − (0.8 + 15.14 + 0.00324)) = 131.919732
        // laptop REUSED 40 km van:        0.7 × (182.6 − (0.8 + 0.00324))         = 127.257732
        // screen RECYCLED: 0 → 259.177464; e-waste avoided 5.3 + 1.6 = 6.9 kg
        ImpactReport r = ImpactCalculator.withDefaults(FactorSets.defaultSet()).report(List.of(
                DonatedDevice.of(DeviceCategory.DESKTOP, Outcome.REUSED, 40, List.of(new PartAdded(PartKind.SSD, 1))),
                DonatedDevice.of(DeviceCategory.LAPTOP, Outcome.REUSED, 40, List.of()),
                DonatedDevice.of(DeviceCategory.SCREEN, Outcome.RECYCLED, 40, List.of())));
        assertThat(r.totals().avoidedKgCO2e()).isCloseTo(259.177464, within(1e-9));
        assertThat(r.totals().eWasteAvoidedKg()).isCloseTo(6.9, within(1e-9));
    }

    @Test
    void unknownIdIsRefusedListingTheKnownIds() {
        assertThatThrownBy(() -> FactorSets.byId("nope"))
                .isInstanceOf(FiliereException.class)
                .hasMessageContaining("unknown factor set 'nope'")
                .hasMessageContaining("ademe-impactco2-2024")
                .hasMessageContaining("boavizta-pcf-median-2023");
        assertThat(FactorSets.find("nope")).isEmpty();
    }

    @Test
    void applicationSetLoadsFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("own.json");
        Files.writeString(file, resource("ademe-impactco2-2024")
                .replace("\"id\": \"ademe-impactco2-2024\"", "\"id\": \"hub-nord-2026\"")
                .replace("\"embodiedKgCO2e\": 182.6", "\"embodiedKgCO2e\": 200.0"));
        FactorSet own = FactorSets.load(file);
        assertThat(own.id()).isEqualTo("hub-nord-2026");
        assertThat(own.factor(DeviceCategory.LAPTOP).orElseThrow().embodiedKgCO2e()).isEqualTo(200.0);
    }

    @Test
    void malformedSetIsRefusedWithEveryReasonPathAndLine(@TempDir Path dir) throws IOException {
        String text = resource("ademe-impactco2-2024")
                .replace("\"embodiedKgCO2e\": 182.6", "\"embodiedKgCO2e\": -1")
                .replaceFirst("\"sourceUrl\": \"https://github.com/incubateur-ademe/impactco2/blob/e164955/src/data/categories/numerique.json\",\n      \"year\": 2024,\n      \"uncertainty\": \"MEDIUM\",\n      \"note\": \"ordinateurfixe",
                        "\"sourceUrl\": \"\",\n      \"year\": 2024,\n      \"uncertainty\": \"MEDIUM\",\n      \"note\": \"ordinateurfixe");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, text);
        int laptopLine = lineOf(text, "\"embodiedKgCO2e\": -1");
        int desktopSourceLine = lineOf(text, "\"sourceUrl\": \"\"");
        assertThatThrownBy(() -> FactorSets.load(file))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("devices[0].embodiedKgCO2e")
                .hasMessageContaining("(line " + laptopLine + ")")
                .hasMessageContaining("devices[1].sourceUrl")
                .hasMessageContaining("(line " + desktopSourceLine + ")");
    }

    @Test
    void setMissingAPartFactorIsRefused() throws IOException {
        String text = resource("ademe-impactco2-2024").replace("\"kind\": \"PSU\"", "\"kind\": \"HDD\"");
        assertThatThrownBy(() -> FactorSets.parse(text, "mem.json"))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("no factor for part PSU")
                .hasMessageContaining("repeats a part kind");
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        assertThatThrownBy(() -> FactorSets.parse("{\n  \"id\": \"x\",\n  oops\n}", "broken.json"))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("line=3");
    }

    @Test
    void unknownFieldIsRefused() throws IOException {
        String text = resource("ademe-impactco2-2024").replace("\"version\":", "\"versoin\": \"x\", \"version\":");
        assertThatThrownBy(() -> FactorSets.parse(text, "typo.json"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("versoin");
    }

    private static int lineOf(String text, String needle) {
        int idx = text.indexOf(needle);
        assertThat(idx).as(needle).isNotNegative();
        return (int) text.substring(0, idx).chars().filter(c -> c == '\n').count() + 1;
    }
}
