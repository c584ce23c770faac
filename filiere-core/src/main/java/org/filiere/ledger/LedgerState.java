package org.filiere.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.filiere.internal.Require;
import org.filiere.sanitization.SanitizationRecord;

/**
 * The state rebuilt by replaying ledger entries in order: the latest sanitization record of each medium,
 * the wipes started and never finished (evidence of a crash), the certificates issued, and each device's
 * custody events. Immutable and thread-safe.
 *
 * <pre>{@code
 * LedgerState s = LedgerState.of(journal.entries());
 * if (s.latestRecord(serial).map(r -> r.meets(Level.PURGE)).orElse(false)) { skip(serial); }
 * }</pre>
 */
public final class LedgerState {
    private final Map<String, SanitizationRecord> latestRecords;
    private final Map<String, List<SanitizationRecord>> recordsByMedium;
    private final Map<String, LedgerEntry.WipeStarted> unfinished;
    private final Map<String, List<LedgerEntry.CertificateIssued>> certificates;
    private final Map<String, List<LedgerEntry.CustodyRecorded>> custody;
    private final Map<String, LedgerEntry.DestructionRequired> destructions;
    private final int size;

    private LedgerState(List<LedgerEntry> entries) {
        Map<String, LedgerEntry.DestructionRequired> destroy = new LinkedHashMap<>();
        Map<String, SanitizationRecord> latest = new LinkedHashMap<>();
        Map<String, List<SanitizationRecord>> records = new LinkedHashMap<>();
        Map<String, LedgerEntry.WipeStarted> open = new LinkedHashMap<>();
        Map<String, List<LedgerEntry.CertificateIssued>> certs = new LinkedHashMap<>();
        Map<String, List<LedgerEntry.CustodyRecorded>> events = new LinkedHashMap<>();
        for (LedgerEntry e : entries) {
            if (e instanceof LedgerEntry.WipeStarted w) {
                open.put(w.mediumSerial(), w);
            } else if (e instanceof LedgerEntry.SanitizationRecorded s) {
                String serial = s.record().mediumSerial();
                open.remove(serial);
                latest.put(serial, s.record());
                records.computeIfAbsent(serial, k -> new ArrayList<>()).add(s.record());
            } else if (e instanceof LedgerEntry.WipeInterrupted i) {
                open.remove(i.mediumSerial());
            } else if (e instanceof LedgerEntry.DestructionRequired d) {
                destroy.put(d.mediumSerial(), d);
            } else if (e instanceof LedgerEntry.CertificateIssued c) {
                certs.computeIfAbsent(c.mediumSerial(), k -> new ArrayList<>()).add(c);
            } else if (e instanceof LedgerEntry.CustodyRecorded c) {
                events.computeIfAbsent(c.deviceId(), k -> new ArrayList<>()).add(c);
            }
        }
        this.latestRecords = Collections.unmodifiableMap(latest);
        this.recordsByMedium = freeze(records);
        this.unfinished = Collections.unmodifiableMap(open);
        this.certificates = freeze(certs);
        this.custody = freeze(events);
        this.destructions = Collections.unmodifiableMap(destroy);
        this.size = entries.size();
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> m) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /** Replays {@code entries} (oldest first). */
    public static LedgerState of(List<LedgerEntry> entries) {
        return new LedgerState(Require.copy(entries, "entries"));
    }

    /** How many entries were replayed. */
    public int size() {
        return size;
    }

    /** The latest sanitization record of the medium, if any. */
    public Optional<SanitizationRecord> latestRecord(String mediumSerial) {
        return Optional.ofNullable(latestRecords.get(mediumSerial));
    }

    /** The latest record of every medium that has one, by serial, in first-seen order. */
    public Map<String, SanitizationRecord> latestRecords() {
        return latestRecords;
    }

    /** Every record of the medium, oldest first. */
    public List<SanitizationRecord> records(String mediumSerial) {
        return recordsByMedium.getOrDefault(mediumSerial, List.of());
    }

    /** Wipes started and never followed by a record or an interruption, by medium serial. */
    public Map<String, LedgerEntry.WipeStarted> unfinishedWipes() {
        return unfinished;
    }

    /** Certificates issued for the medium, oldest first. */
    public List<LedgerEntry.CertificateIssued> certificates(String mediumSerial) {
        return certificates.getOrDefault(mediumSerial, List.of());
    }

    /** Custody events of the device, oldest first. */
    public List<LedgerEntry.CustodyRecorded> custodyEvents(String deviceId) {
        return custody.getOrDefault(deviceId, List.of());
    }

    /** Media the station gave up erasing and marked for destruction, by serial (the latest decision each). */
    public Map<String, LedgerEntry.DestructionRequired> destructionsRequired() {
        return destructions;
    }
}
