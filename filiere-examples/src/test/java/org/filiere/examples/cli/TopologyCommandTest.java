package org.filiere.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.examples.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.filiere.examples.topology.ExampleNetworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TopologyCommandTest {
    private static final String CONTRACT_EXAMPLE = """
            {"sites": [
              {"id": "hub", "name": "Hub", "role": "HUB", "capabilities": ["COLLECT", "STORE", "SANITIZE", "REFURBISH"],
               "storagePlaces": 30, "sanitizePerMonth": 12, "refurbishPerMonth": 12},
              {"id": "relay", "name": "Relay", "role": "RELAY_POINT", "capabilities": ["COLLECT"]}],
             "routes": [{"from": "relay", "to": "hub", "km": 40, "mode": "VAN"}],
             "inflow": [{"site": "relay", "devicesPerMonth": %d}]}
            """;

    @TempDir
    Path dir;

    private String file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p.toString();
    }

    static Stream<Arguments> checks() {
        return Stream.of(
                Arguments.of("the contract's example", CONTRACT_EXAMPLE.formatted(10), 0, new String[0]),
                Arguments.of("a negative capacity and a route to an unknown site",
                        CONTRACT_EXAMPLE.formatted(10).replace("\"sanitizePerMonth\": 12", "\"sanitizePerMonth\": -2")
                                .replace("\"to\": \"hub\"", "\"to\": \"hbu\""), 1,
                        new String[] {"sites[0].sanitizePerMonth POSITIVE_OR_ZERO", "routes[0].to UNKNOWN_SITE",
                            "sites[1] NO_ROUTE_TO_SANITIZATION"}),
                Arguments.of("a relay that sanitizes",
                        CONTRACT_EXAMPLE.formatted(10).replace("\"capabilities\": [\"COLLECT\"]",
                                "\"capabilities\": [\"COLLECT\", \"SANITIZE\"]"), 1,
                        new String[] {"sites[1].capabilities SANITIZE_NOT_ALLOWED"}),
                Arguments.of("a relay that sanitizes, allowed by the file's policy",
                        CONTRACT_EXAMPLE.formatted(10).replace("\"capabilities\": [\"COLLECT\"]",
                                "\"capabilities\": [\"COLLECT\", \"SANITIZE\"]")
                                .replace("{\"sites\"", "{\"policy\": {\"sanitizingRoles\": [\"HUB\", \"RELAY_POINT\"]}, \"sites\""),
                        0, new String[0]),
                Arguments.of("a site without an id and a negative inflow",
                        CONTRACT_EXAMPLE.formatted(-3).replace("\"id\": \"relay\", ", ""), 1,
                        new String[] {"sites[1].id NOT_BLANK", "inflow[0].devicesPerMonth POSITIVE_OR_ZERO"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void checkReportsEveryViolationAsJson(String name, String content, int exit, String[] violations)
            throws IOException {
        CliRun r = run("topology", "check", file("n.json", content), "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(exit);
        JsonNode json = r.json();
        assertThat(json.get("valid").asBoolean()).isEqualTo(exit == 0);
        assertThat(json.get("violations")).extracting(v -> v.get("path").asText() + " " + v.get("rule").asText())
                .containsExactlyInAnyOrder(violations);
    }

    @Test
    void malformedJsonExitsTwoNamingTheFileAndLine() throws IOException {
        String f = file("bad.json", "{\"sites\": [\n  {\"id\": \"hub\",, }\n]}");
        CliRun r = run("topology", "check", f);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("erreur : ").contains("bad.json").contains("ligne");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void checkSpeaksFrenchByDefaultAndEnglishOnRequest() throws IOException {
        String f = file("n.json", CONTRACT_EXAMPLE.formatted(10));
        assertThat(run("topology", "check", f).out()).startsWith("Réseau valide");
        assertThat(run("topology", "check", f, "--lang", "en").out()).startsWith("Valid network");
    }

    @Test
    void capacityFollowsTheContractsMonthByMonthRule() throws IOException {
        CliRun r = run("topology", "capacity", file("n.json", CONTRACT_EXAMPLE.formatted(15)), "--months", "24",
                "--json");
        assertThat(r.exit()).isZero();
        JsonNode json = r.json();
        assertThat(json.get("months")).hasSize(24);
        JsonNode first = json.get("months").get(0);
        assertThat(first.get("month").asInt()).isEqualTo(1);
        assertThat(first.get("arrivals").asInt()).isEqualTo(15);
        assertThat(first.get("sanitized").asInt()).isEqualTo(12);
        assertThat(first.get("backlog").asInt()).isEqualTo(3);
        // 15 in, 12 out: oldest waiting month floor(4m/5)+1 <= m-6 first at m=31, beyond 24 months.
        assertThat(json.get("deadlineBreachMonth").isNull()).isTrue();
        CliRun shorter = run("topology", "capacity", file("n.json", CONTRACT_EXAMPLE.formatted(15)), "--months", "24",
                "--deadline-months", "3", "--json");
        // With D=3: floor(4m/5)+1 <= m-3 first at m=16.
        assertThat(shorter.json().get("deadlineBreachMonth").asInt()).isEqualTo(16);
    }

    @Test
    void capacityOfTheShippedNetworkSaysWhatTheHubNeeds() throws IOException {
        String f = file("zone-nord.json", ExampleNetworks.zoneNordJson());
        CliRun r = run("topology", "capacity", f, "--months", "24", "--json");
        assertThat(r.exit()).isZero();
        JsonNode json = r.json();
        assertThat(json.get("deadlineBreachMonth").asInt()).isEqualTo(14);
        assertThat(json.get("sizing").get("sanitizePerMonth").asInt()).isEqualTo(37);
        assertThat(json.get("sizing").get("storagePlaces").get("miraille").asInt()).isEqualTo(37);
        CliRun human = run("topology", "capacity", f, "--months", "24", "--lang", "en");
        assertThat(human.out()).contains("Attestation deadline breached from month 14.");
    }

    @Test
    void capacityOfAnInvalidNetworkExitsOneWithItsViolations() throws IOException {
        String f = file("n.json", CONTRACT_EXAMPLE.formatted(10).replace("\"to\": \"hub\"", "\"to\": \"hbu\""));
        CliRun r = run("topology", "capacity", f, "--months", "12", "--json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("valid").asBoolean()).isFalse();
    }

    @Test
    void capacityNeedsAPositiveHorizon() throws IOException {
        String f = file("n.json", CONTRACT_EXAMPLE.formatted(10));
        assertThat(run("topology", "capacity", f, "--months", "0").exit()).isEqualTo(2);
        assertThat(run("topology", "capacity", f).exit()).isEqualTo(2);
    }

    @Test
    void capacityRefusesAHorizonBeyondAHundredYearsAsAUsageError() throws IOException {
        String f = file("n.json", CONTRACT_EXAMPLE.formatted(10));
        CliRun r = run("topology", "capacity", f, "--months", "100000000", "--json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--months").contains("1200");
    }

    @Test
    void capacityRefusesAnInflowTooLargeToCountWithoutAStackTrace() throws IOException {
        String f = file("n.json", CONTRACT_EXAMPLE.formatted(2_000_000_000));
        CliRun r = run("topology", "capacity", f, "--months", "3", "--json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("too large").doesNotContain("at org.");
    }
}
