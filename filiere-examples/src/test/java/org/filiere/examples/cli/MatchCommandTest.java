package org.filiere.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliRun.execute(out, err, args);
    }

    private static Path example(String name) throws Exception {
        return Path.of(MatchCommandTest.class.getResource("/allocation/" + name).toURI());
    }

    @Test
    void contractExamplePrintsOnlyTheJsonDocument() throws Exception {
        int rc = run("match", "--stock", example("stock.json").toString(), "--requests",
                example("requests.json").toString(), "--json");
        assertThat(rc).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.get("allocations").toString())
                .isEqualTo("[{\"requestId\":\"R-2\",\"deviceId\":\"D-10\"},{\"requestId\":\"R-1\",\"deviceId\":\"D-11\"}]");
        assertThat(doc.get("unserved")).isEmpty();
    }

    @Test
    void unservedRequestsAreExplainedInTheChosenLanguage() throws Exception {
        Path requests = dir.resolve("requests.json");
        Files.writeString(requests, """
                {"requests": [
                  {"id": "R-3", "prescriber": "CCAS", "beneficiaryRef": "B-93", "priorityPublics": [],
                   "category": "LAPTOP", "minRamGb": 16, "createdOn": "2026-05-01"}]}""");
        int rc = run("match", "--stock", example("stock.json").toString(), "--requests", requests.toString(),
                "--json", "--lang", "en");
        assertThat(rc).isZero();
        JsonNode u = new ObjectMapper().readTree(out.toString()).get("unserved").get(0);
        assertThat(u.get("requestId").asText()).isEqualTo("R-3");
        assertThat(u.get("code").asText()).isEqualTo("NOT_ENOUGH_RAM");
        assertThat(u.get("reason").asText()).isEqualTo("no available LAPTOP with at least 16 GB of RAM");
    }

    @Test
    void aNameInsteadOfAPseudonymIsAViolationExit1() throws Exception {
        Path requests = dir.resolve("requests.json");
        Files.writeString(requests, """
                {"requests": [
                  {"id": "R-3", "prescriber": "CCAS", "beneficiaryRef": "Marie Martin", "priorityPublics": [],
                   "category": "LAPTOP", "createdOn": "2026-05-01"}]}""");
        int rc = run("match", "--stock", example("stock.json").toString(), "--requests", requests.toString(),
                "--json");
        assertThat(rc).isEqualTo(1);
        JsonNode v = new ObjectMapper().readTree(out.toString()).get("violations").get(0);
        assertThat(v.get("rule").asText()).isEqualTo("BENEFICIARY_REF_NOT_PSEUDONYMOUS");
        assertThat(v.get("path").asText()).isEqualTo("requests[0].beneficiaryRef");
    }

    @Test
    void malformedJsonIsExit2NamingTheFileAndLine() throws Exception {
        Path requests = dir.resolve("broken.json");
        Files.writeString(requests, "{\"requests\": [\n  {\"id\": }\n]}");
        int rc = run("match", "--stock", example("stock.json").toString(), "--requests", requests.toString());
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString()).contains("broken.json").contains("ligne=2").doesNotContain("at org.");
        assertThat(out.toString()).isEmpty();
    }
}
