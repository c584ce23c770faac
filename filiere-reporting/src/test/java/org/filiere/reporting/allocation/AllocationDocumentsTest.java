package org.filiere.reporting.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.filiere.allocation.DeviceRequest;
import org.filiere.allocation.MatchResult;
import org.filiere.allocation.Matcher;
import org.filiere.allocation.PriorityPublic;
import org.filiere.allocation.StockDevice;
import org.filiere.reporting.json.DocumentException;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocationDocumentsTest {
    private static Path resource(String name) throws URISyntaxException {
        return Path.of(AllocationDocumentsTest.class.getResource("/allocation/" + name).toURI());
    }

    @Test
    void theContractExamplesReadAndMatchAsTheContractSays() throws Exception {
        List<StockDevice> stock = AllocationDocuments.toDomain(
                JsonDocuments.read(resource("stock.json"), StockDocument.class));
        List<DeviceRequest> requests = AllocationDocuments.toDomain(
                JsonDocuments.read(resource("requests.json"), RequestsDocument.class));
        assertThat(requests.get(1).priorityPublics()).containsExactly(PriorityPublic.DEMATERIALISATION_CONSTRAINED);
        MatchResult result = Matcher.propose(stock, requests);
        MatchReport report = MatchReport.of(result, false);
        assertThat(report.allocations()).containsExactly(new MatchReport.Allocation("R-2", "D-10"),
                new MatchReport.Allocation("R-1", "D-11"));
        assertThat(report.unserved()).isEmpty();
    }

    @Test
    void everyProblemOfARequestsDocumentIsReportedAtOnce() {
        RequestsDocument doc = JsonDocuments.read("""
                {"requests": [
                  {"id": "R-1", "prescriber": "CCAS", "beneficiaryRef": "jean.dupont@example.org",
                   "priorityPublics": [], "category": "LAPTOP", "minRamGb": -1, "createdOn": "2026-05-01"},
                  {"id": "R-1", "prescriber": "", "beneficiaryRef": "B-2", "category": "LAPTOP"}
                ]}""", "requests.json", RequestsDocument.class);
        assertThat(AllocationDocuments.validate(doc)).extracting(Violation::path, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("requests[0].beneficiaryRef", "BENEFICIARY_REF_NOT_PSEUDONYMOUS"),
                org.assertj.core.groups.Tuple.tuple("requests[0].minRamGb", "POSITIVE_OR_ZERO"),
                org.assertj.core.groups.Tuple.tuple("requests[1].createdOn", "NOT_NULL"),
                org.assertj.core.groups.Tuple.tuple("requests[1].id", "DUPLICATE_ID"),
                org.assertj.core.groups.Tuple.tuple("requests[1].prescriber", "NOT_BLANK"));
        assertThatThrownBy(() -> AllocationDocuments.toDomain(doc)).hasMessageContaining("invalid requests document");
    }

    @Test
    void everyProblemOfAStockDocumentIsReportedAtOnce() {
        StockDocument doc = JsonDocuments.read("""
                {"devices": [
                  {"id": "D-1", "category": "LAPTOP", "ramGb": 8, "storageGb": 256, "state": "AVAILABLE"},
                  {"id": "D-1", "category": "LAPTOP", "ramGb": 8, "state": "RESERVED"}
                ]}""", "stock.json", StockDocument.class);
        assertThat(AllocationDocuments.validate(doc)).extracting(Violation::path, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("devices[0].availableSince", "AVAILABLE_SINCE_REQUIRED"),
                org.assertj.core.groups.Tuple.tuple("devices[1].id", "DUPLICATE_ID"),
                org.assertj.core.groups.Tuple.tuple("devices[1].storageGb", "NOT_NULL"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown state          | {\"devices\": [{\"id\": \"D-1\", \"category\": \"LAPTOP\", \"ramGb\": 8, \"storageGb\": 1, \"state\": \"LOST\"}]} | devices[0].state",
        "misspelt field         | {\"devices\": [{\"id\": \"D-1\", \"categroy\": \"LAPTOP\"}]}                                                 | devices[0].categroy",
        "date not ISO           | {\"devices\": [{\"id\": \"D-1\", \"availableSince\": \"01/06/2026\"}]}                                      | devices[0].availableSince",
    })
    void unreadableDocumentsNameThePath(String name, String json, String path) {
        assertThatThrownBy(() -> JsonDocuments.read(json, "stock.json", StockDocument.class))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.path()).isEqualTo(path));
    }
}
