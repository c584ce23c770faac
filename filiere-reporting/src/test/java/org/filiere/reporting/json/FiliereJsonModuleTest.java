package org.filiere.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.filiere.ledger.LedgerEntry;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.Technique;
import org.junit.jupiter.api.Test;

class FiliereJsonModuleTest {

    @Test
    void sealedResultsCarryAnUpperSnakeTypeProperty() {
        String json = CanonicalJson.of(new Holder(new SanitizationResult.Failed("write error")));
        assertThat(json).isEqualTo("{\"result\":{\"reason\":\"write error\",\"type\":\"FAILED\"}}");
        assertThat(JsonDocuments.read("{\"result\":{\"type\":\"COMPLETED\"}}", "t", Holder.class).result())
                .isEqualTo(new SanitizationResult.Completed());
    }

    @Test
    void instantsAreIsoStringsAndRoundTrip() throws Exception {
        LedgerEntry e = new LedgerEntry.WipeStarted("SN", "/dev/sdb", Technique.OVERWRITE, "nwipe",
                Instant.parse("2026-06-02T07:00:00.250Z"));
        String json = JsonDocuments.mapper().writerFor(LedgerEntry.class).writeValueAsString(e);
        assertThat(json).contains("\"type\":\"WIPE_STARTED\"").contains("\"at\":\"2026-06-02T07:00:00.250Z\"");
        assertThat(JsonDocuments.mapper().readerFor(LedgerEntry.class).<LedgerEntry>readValue(json)).isEqualTo(e);
    }

    @Test
    void anUnknownSubtypeIsRefusedWithItsPathLineAndColumn() {
        String json = "{\n  \"result\": {\"type\": \"MAYBE\"}\n}";
        assertThatThrownBy(() -> JsonDocuments.read(json, "doc.json", Holder.class))
                .isInstanceOfSatisfying(DocumentException.class, d -> {
                    assertThat(d.file()).isEqualTo("doc.json");
                    assertThat(d.line()).isEqualTo(2);
                    assertThat(d.column()).isPositive();
                    assertThat(d.path()).isEqualTo("result");
                    assertThat(d.getMessage()).contains("MAYBE");
                });
    }

    @Test
    void anUnknownPropertyIsRefusedWithItsPath() {
        String json = "{\"result\": {\"type\": \"FAILED\", \"reason\": \"x\", \"colour\": \"red\"}}";
        assertThatThrownBy(() -> JsonDocuments.read(json, "doc.json", Holder.class))
                .isInstanceOfSatisfying(DocumentException.class, d -> {
                    assertThat(d.path()).isEqualTo("result.colour");
                    assertThat(d.line()).isEqualTo(1);
                    assertThat(d.column()).isGreaterThan(30);
                });
    }

    @Test
    void malformedJsonIsRefusedWithLineAndColumn() {
        assertThatThrownBy(() -> JsonDocuments.read("{\n\"result\": {\"type\" \"FAILED\"}}", "bad.json", Holder.class))
                .isInstanceOfSatisfying(DocumentException.class, d -> {
                    assertThat(d.getMessage()).startsWith("malformed JSON");
                    assertThat(d.line()).isEqualTo(2);
                    assertThat(d.column()).isEqualTo(19);
                });
    }

    @Test
    void aValueRefusedByADomainConstructorIsReportedWithItsPath() {
        String json = "{\"result\": {\"type\": \"FAILED\", \"reason\": \"  \"}}";
        assertThatThrownBy(() -> JsonDocuments.read(json, "doc.json", Holder.class))
                .isInstanceOfSatisfying(DocumentException.class, d -> {
                    assertThat(d.path()).isEqualTo("result");
                    assertThat(d.getMessage()).contains("failed.reason");
                });
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThatThrownBy(() -> JsonDocuments.readTree("{\"a\":1,\"a\":2}".getBytes(), "dup.json"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("Duplicate field");
    }

    @Test
    void canonicalFormSortsKeysAndDropsWhitespace() {
        JsonNode a = JsonDocuments.readTree("{ \"b\" : [1, 2.5, \"é\\n\"], \"a\": {\"z\":null,\"y\":true} }".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "a");
        assertThat(CanonicalJson.string(a)).isEqualTo("{\"a\":{\"y\":true,\"z\":null},\"b\":[1,2.5,\"é\\n\"]}");
    }

    @Test
    void aFullSanitizationRecordRoundTripsThroughItsJsonText() {
        SanitizationRecord r = (SanitizationRecord) CoreValuesRoundTripTest.explicitSamples().get(SanitizationRecord.class);
        String json = JsonDocuments.writePretty(r);
        assertThat(json).contains("\"startedAt\" : \"2026-06-02T07:00:00Z\"").contains("\"type\" : \"COMPLETED\"");
        assertThat(JsonDocuments.read(json, "r.json", SanitizationRecord.class)).isEqualTo(r);
    }

    record Holder(SanitizationResult result) {
    }
}
