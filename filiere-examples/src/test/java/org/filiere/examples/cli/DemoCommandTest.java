package org.filiere.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.examples.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.filiere.ledger.LedgerState;
import org.filiere.reporting.journal.Journal;
import org.filiere.reporting.journal.JournalCheck;
import org.filiere.reporting.signature.DocumentSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryDocumentUnderTheOutputFolderAndNamesEachFileInItsSummary() throws Exception {
        Path out = dir.resolve("demo");
        CliRun r = run("demo", "--out", out.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        String summary = r.out();
        for (String f : new String[] {"network.json", "capacity.json", "decisions.json", "plan.json", "plan.svg",
            "station-run.json", "gantt.svg", "gantt.html", "impact.json", "journal.jsonl",
            "attestations/ATT-CONV-2026-031.pdf", "agreements/agreement-company.json", "allocations.json"}) {
            assertThat(out.resolve(f)).as(f).isRegularFile();
            assertThat(summary).contains(f);
        }
        // the journal is intact and every medium ends proven: erased, destroyed or reinstalled
        assertThat(Journal.verify(out.resolve("journal.jsonl")).status()).isEqualTo(JournalCheck.Status.INTACT);
        LedgerState state = Journal.read(out.resolve("journal.jsonl")).state();
        assertThat(state.unfinishedWipes()).isEmpty();
        assertThat(state.latestRecords()).hasSize(31);
        assertThat(state.destructionsRequired()).containsOnlyKeys("WD-WX31A76K3102");
        // certificates: ERASED, signed, one per certificate entry in the journal
        File[] certs = out.resolve("certificates").toFile().listFiles((d, n) -> n.endsWith(".json"));
        assertThat(certs).hasSize(30);
        for (File c : certs) {
            assertThat(Files.readString(c.toPath())).contains("\"status\" : \"ERASED\"");
            assertThat(DocumentSigner.verify(c.toPath(), null).valid()).as(c.getName()).isTrue();
        }
        // three attestations, one per agreement; the failed disk was retried then destroyed
        assertThat(out.resolve("attestations").toFile().list((d, n) -> n.endsWith(".json"))).hasSize(3);
        JsonNode run = new ObjectMapper().readTree(out.resolve("station-run.json").toFile());
        assertThat(run.get("executions").findValues("taskId").stream().filter(n -> n.asText()
                .equals("WD-WX31A76K3102")).count()).isEqualTo(2);
        JsonNode alloc = new ObjectMapper().readTree(out.resolve("allocations.json").toFile());
        assertThat(alloc.get("allocations")).hasSize(5);
        assertThat(alloc.get("supportPlans").get(0).get("sessionsDue")).hasSize(5);
        // the plan honours the contract shape and the Gantt charts are well-formed SVG with one row per bay
        JsonNode plan = new ObjectMapper().readTree(out.resolve("plan.json").toFile());
        assertThat(plan.get("strategy").asText()).isEqualTo("planner");
        assertThat(plan.get("assignments")).hasSize(29);
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("gantt.svg").toFile())
                .getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(Files.readString(out.resolve("gantt.svg"))).contains("usb8 #8").contains("sata1 #1");
    }

    @Test
    void withJsonItPrintsOnlyOneJsonDocumentNamingTheFilesOnStdout() throws Exception {
        Path out = dir.resolve("json");
        CliRun r = run("demo", "--out", out.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("certificates").asInt()).isEqualTo(30);
        assertThat(doc.get("attestations").asInt()).isEqualTo(3);
        assertThat(doc.get("files").findValuesAsText("path")).contains("journal.jsonl", "gantt.svg");
        assertThat(out.resolve("gantt.svg")).isRegularFile();
    }

    @Test
    void runningItAgainStartsFromAFreshJournal() {
        Path out = dir.resolve("again");
        assertThat(run("demo", "--out", out.toString()).exit()).isEqualTo(0);
        assertThat(run("demo", "--out", out.toString()).exit()).isEqualTo(0);
        assertThat(Journal.read(out.resolve("journal.jsonl")).state().latestRecords()).hasSize(31);
        assertThat(out.resolve("certificates").toFile().list((d, n) -> n.endsWith(".json"))).hasSize(30);
    }
}
