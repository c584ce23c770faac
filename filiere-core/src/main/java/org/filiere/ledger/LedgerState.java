package org.filiere.ledger;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.filiere.allocation.Mediator;
import org.filiere.allocation.PrescriberKind;
import org.filiere.allocation.SupportFact;
import org.filiere.cession.CessionAgreement;
import org.filiere.custody.CustodyEvent;
import org.filiere.internal.Require;
import org.filiere.sanitization.SanitizationRecord;

/**
 * The state rebuilt by replaying ledger entries in order: the latest sanitization record of each medium,
 * the wipes started and never finished (evidence of a crash), the certificates issued, each device's
 * custody events, the agreements registered (latest version of each id), the attestations issued, the mediators
 * trained and the after-donation support facts. Immutable and thread-safe.
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
    private final Map<String, CessionAgreement> agreements;
    private final Map<String, List<LedgerEntry.AttestationIssued>> attestations;
    private final Map<String, Mediator> mediators;
    private final List<SupportFact> supportFacts;
    private final int size;

    private LedgerState(List<LedgerEntry> entries) {
        Map<String, LedgerEntry.DestructionRequired> destroy = new LinkedHashMap<>();
        Map<String, SanitizationRecord> latest = new LinkedHashMap<>();
        Map<String, List<SanitizationRecord>> records = new LinkedHashMap<>();
        Map<String, LedgerEntry.WipeStarted> open = new LinkedHashMap<>();
        Map<String, List<LedgerEntry.CertificateIssued>> certs = new LinkedHashMap<>();
        Map<String, List<LedgerEntry.CustodyRecorded>> events = new LinkedHashMap<>();
        Map<String, CessionAgreement> agreed = new LinkedHashMap<>();
        Map<String, List<LedgerEntry.AttestationIssued>> attested = new LinkedHashMap<>();
        Map<String, Mediator> trained = new LinkedHashMap<>();
        SupportTrail support = new SupportTrail();
        for (LedgerEntry e : entries) {
            support.accept(e);
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
            } else if (e instanceof LedgerEntry.AgreementRecorded a) {
                agreed.put(a.agreement().id(), a.agreement());
            } else if (e instanceof LedgerEntry.AttestationIssued a) {
                attested.computeIfAbsent(a.agreementId(), k -> new ArrayList<>()).add(a);
            } else if (e instanceof LedgerEntry.MediatorTrained t) {
                // The first completed training counts: training again later does not un-train anyone.
                Mediator before = trained.get(t.mediatorId());
                if (before == null || t.trainedOn().isBefore(before.linuxMintTrainingOn())) {
                    trained.put(t.mediatorId(), new Mediator(t.mediatorId(), t.trainedOn()));
                }
            }
        }
        this.latestRecords = Collections.unmodifiableMap(latest);
        this.recordsByMedium = freeze(records);
        this.unfinished = Collections.unmodifiableMap(open);
        this.certificates = freeze(certs);
        this.custody = freeze(events);
        this.destructions = Collections.unmodifiableMap(destroy);
        this.agreements = Collections.unmodifiableMap(agreed);
        this.attestations = freeze(attested);
        this.mediators = Collections.unmodifiableMap(trained);
        this.supportFacts = List.copyOf(support.facts);
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

    /** The agreement registered under {@code id} (its latest version), if any. */
    public Optional<CessionAgreement> agreement(String id) {
        return Optional.ofNullable(agreements.get(id));
    }

    /** Every registered agreement (latest version), by id, in the order the ids were first registered. */
    public Map<String, CessionAgreement> agreements() {
        return agreements;
    }

    /** Attestations issued for the agreement, oldest first. */
    public List<LedgerEntry.AttestationIssued> attestations(String agreementId) {
        return attestations.getOrDefault(agreementId, List.of());
    }

    /** Mediators with a recorded Linux Mint training (their earliest), by id, in first-recorded order. */
    public Map<String, Mediator> mediators() {
        return mediators;
    }

    /** The mediator {@code id}: trained as recorded, or {@link Mediator#untrained(String)} when never. */
    public Mediator mediator(String id) {
        return mediators.getOrDefault(id, Mediator.untrained(id));
    }

    /**
     * The after-donation support facts, in ledger order, ready for
     * {@link org.filiere.allocation.SupportPlans#replay(List)}:
     * <ul>
     *   <li>every {@link LedgerEntry.SupportRecorded} gives its fact;</li>
     *   <li>a custody {@link CustodyEvent.Delivered} opens a default plan for the request the device was
     *       reserved for (prescriber kind {@link PrescriberKind#OTHER}: custody does not carry it), unless that
     *       request's plan is already open or no reservation precedes it;</li>
     *   <li>a custody {@link CustodyEvent.Returned} closes the open plan of that device (dated in UTC).</li>
     * </ul>
     */
    public List<SupportFact> supportFacts() {
        return supportFacts;
    }

    /** Maps ledger entries to support facts, tracking reservations and open plans as it goes. */
    private static final class SupportTrail {
        final List<SupportFact> facts = new ArrayList<>();
        final Map<String, String> reservedFor = new HashMap<>();
        final Map<String, String> openRequestByDevice = new HashMap<>();
        final Map<String, String> openDeviceByRequest = new HashMap<>();

        void accept(LedgerEntry e) {
            if (e instanceof LedgerEntry.SupportRecorded s) {
                add(s.fact());
            } else if (e instanceof LedgerEntry.CustodyRecorded c) {
                String device = c.deviceId();
                CustodyEvent ev = c.event();
                if (ev instanceof CustodyEvent.Reserved r) {
                    reservedFor.put(device, r.requestId());
                } else if (ev instanceof CustodyEvent.ReservationReleased) {
                    reservedFor.remove(device);
                } else if (ev instanceof CustodyEvent.Delivered d) {
                    String request = reservedFor.remove(device);
                    if (request != null && !openDeviceByRequest.containsKey(request)) {
                        add(new SupportFact.Delivered(request, device, PrescriberKind.OTHER, d.acceptanceSignedOn()));
                    }
                } else if (ev instanceof CustodyEvent.Returned r) {
                    String request = openRequestByDevice.get(device);
                    if (request != null) {
                        add(new SupportFact.Returned(request, LocalDate.ofInstant(r.at(), ZoneOffset.UTC)));
                    }
                }
            }
        }

        private void add(SupportFact f) {
            facts.add(f);
            if (f instanceof SupportFact.Delivered d) {
                String previous = openDeviceByRequest.put(d.requestId(), d.deviceId());
                if (previous != null) {
                    openRequestByDevice.remove(previous);
                }
                openRequestByDevice.put(d.deviceId(), d.requestId());
            } else if (f instanceof SupportFact.Returned r) {
                String device = openDeviceByRequest.remove(r.requestId());
                if (device != null) {
                    openRequestByDevice.remove(device);
                }
            }
        }
    }
}
