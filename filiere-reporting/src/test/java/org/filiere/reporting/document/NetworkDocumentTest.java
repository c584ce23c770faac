package org.filiere.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.filiere.FiliereException;
import org.filiere.reporting.json.DocumentException;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.topology.Inflow;
import org.filiere.topology.InflowBatch;
import org.filiere.topology.Network;
import org.filiere.topology.SiteRole;
import org.filiere.topology.TopologyPolicy;
import org.filiere.validation.Violation;
import org.junit.jupiter.api.Test;

class NetworkDocumentTest {
    private static NetworkDocument contractExample() throws URISyntaxException {
        // Copy of ../shared/contracts/examples/network.json
        Path p = Path.of(NetworkDocumentTest.class.getResource("network.json").toURI());
        return JsonDocuments.read(p, NetworkDocument.class);
    }

    @Test
    void theContractsExampleBecomesTheDomainNetwork() throws URISyntaxException {
        NetworkDocument doc = contractExample();
        assertThat(doc.violations()).isEmpty();
        Network n = doc.toNetwork();
        assertThat(n.sites()).extracting(s -> s.id()).containsExactly("hub", "relay");
        assertThat(n.site("hub")).hasValueSatisfying(s -> assertThat(s.sanitizePerMonth()).isEqualTo(12));
        assertThat(n.routes()).singleElement().satisfies(r -> assertThat(r.km()).isEqualTo(40));
        assertThat(n.inflow()).containsExactly(Inflow.steady("relay", 10));
        assertThat(doc.topologyPolicy()).isEqualTo(TopologyPolicy.DEFAULT);
    }

    @Test
    void lotsAndPolicyAreRead() {
        NetworkDocument doc = JsonDocuments.read("""
                {"policy": {"sanitizingRoles": ["HUB", "NODE"]},
                 "sites": [{"id": "h", "name": "H", "role": "HUB", "capabilities": ["COLLECT", "SANITIZE", "REFURBISH"]}],
                 "inflow": [{"site": "h", "devicesPerMonth": 2, "batches": [{"month": 3, "devices": 300}]}]}
                """, "inline", NetworkDocument.class);
        assertThat(doc.violations()).isEmpty();
        assertThat(doc.topologyPolicy().allowsSanitizingAt(SiteRole.NODE)).isTrue();
        assertThat(doc.toNetwork().inflow()).containsExactly(new Inflow("h", 2, List.of(new InflowBatch(3, 300))));
    }

    @Test
    void fieldProblemsAndNetworkRulesAreReportedTogether() {
        NetworkDocument doc = JsonDocuments.read("""
                {"sites": [{"id": "h", "name": "H", "role": "HUB", "capabilities": ["COLLECT", "SANITIZE", "REFURBISH"],
                            "storagePlaces": -4},
                           {"id": "r", "name": "R", "role": "RELAY_POINT", "capabilities": ["COLLECT"]}],
                 "routes": [{"from": "r", "to": "x", "km": -1, "mode": "VAN"}],
                 "inflow": [{"site": "r", "devicesPerMonth": 1, "batches": [{"month": 0, "devices": 5}]}]}
                """, "inline", NetworkDocument.class);
        assertThat(doc.violations()).extracting(v -> v.path() + " " + v.rule()).containsExactlyInAnyOrder(
                "inflow[0].batches[0].month MIN",
                "routes[0].km POSITIVE_OR_ZERO",
                "sites[0].storagePlaces POSITIVE_OR_ZERO",
                "routes[0].to UNKNOWN_SITE",
                "sites[1] NO_ROUTE_TO_SANITIZATION");
        assertThatThrownBy(doc::toNetwork).isInstanceOf(FiliereException.class);
    }

    @Test
    void aMisspeltFieldOrUnknownRoleIsADocumentError() {
        assertThatThrownBy(() -> JsonDocuments.read("{\"sites\": [{\"id\": \"h\", \"name\": \"H\", \"role\": \"HUBB\"}]}",
                "inline", NetworkDocument.class)).isInstanceOfSatisfying(DocumentException.class,
                e -> assertThat(e.path()).isEqualTo("sites[0].role"));
        assertThatThrownBy(() -> JsonDocuments.read("{\"sites\": [], \"rootes\": []}", "inline",
                NetworkDocument.class)).isInstanceOf(DocumentException.class).hasMessageContaining("rootes");
    }

    @Test
    void anEmptyNetworkSaysSo() {
        List<Violation> v = JsonDocuments.read("{\"sites\": []}", "inline", NetworkDocument.class).violations();
        assertThat(v).extracting(Violation::rule).contains("NOT_EMPTY", "NO_SANITIZING_HUB");
    }
}
