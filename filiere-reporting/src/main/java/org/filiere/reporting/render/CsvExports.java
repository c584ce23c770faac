package org.filiere.reporting.render;

import java.util.ArrayList;
import java.util.List;
import org.filiere.reporting.certificate.SanitizationCertificate;
import org.filiere.reporting.impact.CategoryLine;
import org.filiere.reporting.impact.ImpactSheet;
import org.filiere.sanitization.SanitizationRecord;

/**
 * CSV exports for spreadsheets: one row per certificate, and one row per category of an impact sheet (plus
 * a total row). Column names are stable English identifiers in both dialects, so scripts can rely on them.
 * Stateless and thread-safe.
 */
public final class CsvExports {
    private CsvExports() {
    }

    /** One row per certificate. */
    public static String certificates(List<SanitizationCertificate> certificates, Csv csv) {
        List<String> header = List.of("certificateId", "status", "issues", "agreementId", "donor", "site",
                "deviceSource", "manufacturer", "model", "mediumSerial", "mediaType", "capacityBytes", "requiredLevel",
                "levelAchieved", "technique", "method", "tool", "toolVersion", "startedAt", "endedAt", "durationSeconds",
                "bytesErased", "throughputBytesPerSecond", "passErrors", "verificationErrors", "syncErrors",
                "hiddenAreas", "verificationMode", "verificationPassed", "standardReference", "operator", "validator",
                "destination", "rawLogSha256", "signatureFingerprint");
        List<List<String>> rows = new ArrayList<>();
        for (SanitizationCertificate c : certificates) {
            SanitizationRecord r = c.record();
            rows.add(java.util.Arrays.asList(c.id(), c.status().name(),
                    String.join(" ", c.issues().stream().map(Enum::name).toList()), c.agreementId(),
                    c.donor() == null ? null : c.donor().name(), c.siteName(), c.media().source(),
                    c.media().manufacturer(), c.media().model(), r.mediumSerial(), r.mediaType().name(),
                    str(c.media().capacityBytes()), c.requiredLevel().name(),
                    c.levelAchieved() == null ? null : c.levelAchieved().name(), r.technique().name(),
                    r.parameters().method(), r.tool().name(), r.tool().version(), r.startedAt().toString(),
                    r.endedAt().toString(), str(c.durationSeconds()), str(r.bytesErased()),
                    str(c.throughputBytesPerSecond()), str(r.errors().pass()), str(r.errors().verification()),
                    str(r.errors().sync()), r.hiddenAreas().name(), r.verification().mode().name(),
                    String.valueOf(r.verification().passed()), c.standardReference(), c.operator().name(),
                    c.validator() == null ? null : c.validator().name(), c.destination().kind().name(),
                    r.rawLogSha256(), c.signature() == null ? null : c.signature().publicKeyFingerprint()));
        }
        return csv.write(header, rows);
    }

    /** One row per category of {@code sheet}, then a {@code TOTAL} row. */
    public static String impact(ImpactSheet sheet, Csv csv) {
        List<String> header = List.of("sheetId", "category", "count", "reused", "recycled", "destroyed",
                "avoidedKgCO2e", "avoidedKgCO2eLow", "avoidedKgCO2eHigh", "eWasteAvoidedKg", "factorSet",
                "substitutionRate", "method");
        List<List<String>> rows = new ArrayList<>();
        for (CategoryLine l : sheet.byCategory()) {
            rows.add(List.of(sheet.id(), l.category().name(), str(l.count()), str(l.reused()), str(l.recycled()),
                    str(l.destroyed()), csv.number(l.avoidedKgCO2e(), 1), csv.number(l.avoidedKgCO2eLow(), 1),
                    csv.number(l.avoidedKgCO2eHigh(), 1), csv.number(l.eWasteAvoidedKg(), 1), sheet.factorSet(),
                    csv.number(sheet.substitutionRate(), 2), sheet.method()));
        }
        var t = sheet.totals();
        rows.add(List.of(sheet.id(), "TOTAL", str(t.deviceCount()), str(t.reusedCount()), str(t.recycledCount()),
                str(t.destroyedCount()), csv.number(t.avoidedKgCO2e(), 1), csv.number(t.avoidedKgCO2eLow(), 1),
                csv.number(t.avoidedKgCO2eHigh(), 1), csv.number(t.eWasteAvoidedKg(), 1), sheet.factorSet(),
                csv.number(sheet.substitutionRate(), 2), sheet.method()));
        return csv.write(header, rows);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
