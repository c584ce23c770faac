package org.filiere.ledger;

import java.time.Instant;
import java.time.LocalDate;
import org.filiere.allocation.SupportFact;
import org.filiere.cession.CessionAgreement;
import org.filiere.custody.CustodyEvent;
import org.filiere.internal.Require;
import org.filiere.sanitization.CertificateStatus;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.Technique;

/**
 * One fact the hub records durably, in the order it happened: a custody event, a wipe that started, what a
 * sanitization did, a wipe that was interrupted, a certificate issued; and the agreements registered,
 * attestations issued, mediators trained and after-donation support facts. Entries are immutable values; a
 * {@link Ledger} appends them and gives them back in order.
 *
 * <p>Every entry says when the fact happened ({@link #at()}), in the domain's time (the tool's end time for a
 * sanitization), which need not be when it was written.
 */
public sealed interface LedgerEntry permits LedgerEntry.CustodyRecorded, LedgerEntry.WipeStarted,
        LedgerEntry.SanitizationRecorded, LedgerEntry.WipeInterrupted, LedgerEntry.CertificateIssued,
        LedgerEntry.DestructionRequired,
        LedgerEntry.AgreementRecorded,
        LedgerEntry.AttestationIssued,
        LedgerEntry.MediatorTrained,
        LedgerEntry.SupportRecorded {

    /** When the fact happened. */
    Instant at();

    /**
     * A custody event of one device (received, transferred, sanitized, refurbished, allocated...), as the
     * custody model ({@link CustodyEvent}) defines it.
     *
     * @param deviceId the device's identity (serial, else inventory number: {@code Device.identifier()})
     * @param event    the event
     */
    record CustodyRecorded(String deviceId, CustodyEvent event) implements LedgerEntry {
        public CustodyRecorded {
            Require.nonBlank(deviceId, "deviceId");
            Require.nonNull(event, "event");
        }

        /** The event's time. */
        @Override
        public Instant at() {
            return event.at();
        }
    }

    /**
     * A wipe was started on a medium. A started wipe with no later {@link SanitizationRecorded} or
     * {@link WipeInterrupted} for the same medium means the station stopped mid-wipe (crash, power cut).
     *
     * @param mediumSerial the medium's serial
     * @param devicePath   the block device it was reached through ({@code /dev/sdb})
     * @param technique    the technique run
     * @param engine       the engine that runs it ({@code nwipe}, {@code hdparm}, {@code simulated})
     * @param at           when it started
     */
    record WipeStarted(String mediumSerial, String devicePath, Technique technique, String engine, Instant at)
            implements LedgerEntry {
        public WipeStarted {
            Require.nonBlank(mediumSerial, "mediumSerial");
            Require.nonBlank(devicePath, "devicePath");
            Require.nonNull(technique, "technique");
            Require.nonBlank(engine, "engine");
            Require.nonNull(at, "at");
        }
    }

    /**
     * What a sanitization did to a medium (completed, failed or interrupted as the tool reported it).
     *
     * @param record the evidence
     */
    record SanitizationRecorded(SanitizationRecord record) implements LedgerEntry {
        public SanitizationRecorded {
            Require.nonNull(record, "record");
        }

        /** The record's end time. */
        @Override
        public Instant at() {
            return record.endedAt();
        }
    }

    /**
     * A wipe stopped before its tool reported an outcome (operator abort, station restarted and found a
     * started wipe without result).
     *
     * @param mediumSerial the medium's serial
     * @param reason       why
     * @param at           when the interruption was noticed
     */
    record WipeInterrupted(String mediumSerial, String reason, Instant at) implements LedgerEntry {
        public WipeInterrupted {
            Require.nonBlank(mediumSerial, "mediumSerial");
            Require.nonBlank(reason, "reason");
            Require.nonNull(at, "at");
        }
    }

    /**
     * A sanitization certificate was issued and written.
     *
     * @param certificateId the certificate's id
     * @param mediumSerial  the medium it certifies
     * @param status        its verdict
     * @param file          where it was written (path as given to the writer)
     * @param at            when it was issued
     */
    record CertificateIssued(String certificateId, String mediumSerial, CertificateStatus status, String file,
                             Instant at) implements LedgerEntry {
        public CertificateIssued {
            Require.nonBlank(certificateId, "certificateId");
            Require.nonBlank(mediumSerial, "mediumSerial");
            Require.nonNull(status, "status");
            Require.nonBlank(file, "file");
            Require.nonNull(at, "at");
        }
    }

    /**
     * The station gave up erasing a medium (it failed again after a retry, or it completed a run that cannot prove
     * its level): the medium must be destroyed. Written by the station runner before the outcome is reported.
     *
     * @param mediumSerial the medium's serial
     * @param reason       why, in the tool's words where possible
     * @param attempts     how many erasure attempts were made
     * @param at           when it was decided
     */
    record DestructionRequired(String mediumSerial, String reason, int attempts, Instant at) implements LedgerEntry {
        public DestructionRequired {
            Require.nonBlank(mediumSerial, "mediumSerial");
            Require.nonBlank(reason, "reason");
            Require.that(attempts >= 0, "attempts", "must not be negative");
            Require.nonNull(at, "at");
        }
    }

    /**
     * A donation agreement was registered with the network (or amended: the latest entry for an id is the
     * agreement in force). Holding the agreement itself lets a reader of the journal alone issue its erasure
     * attestation: the donor, the devices and their media are in it.
     *
     * @param agreement the agreement as registered
     * @param at        when it was registered
     */
    record AgreementRecorded(CessionAgreement agreement, Instant at) implements LedgerEntry {
        public AgreementRecorded {
            Require.nonNull(agreement, "agreement");
            Require.nonNull(at, "at");
        }
    }

    /**
     * An erasure attestation was issued and written for an agreement.
     *
     * @param attestationId the attestation's id
     * @param agreementId   the agreement it attests
     * @param file          where it was written (path as given to the writer)
     * @param at            when it was issued
     */
    record AttestationIssued(String attestationId, String agreementId, String file, Instant at)
            implements LedgerEntry {
        public AttestationIssued {
            Require.nonBlank(attestationId, "attestationId");
            Require.nonBlank(agreementId, "agreementId");
            Require.nonBlank(file, "file");
            Require.nonNull(at, "at");
        }
    }

    /**
     * A digital mediator completed the Linux Mint training (the workshop rule: trained before their first
     * delivery).
     *
     * @param mediatorId the mediator's stable id (no personal data needed)
     * @param trainedOn  the day the training was completed
     * @param at         when it was recorded
     */
    record MediatorTrained(String mediatorId, LocalDate trainedOn, Instant at) implements LedgerEntry {
        public MediatorTrained {
            Require.nonBlank(mediatorId, "mediatorId");
            Require.nonNull(trainedOn, "trainedOn");
            Require.nonNull(at, "at");
        }
    }

    /**
     * A fact of after-donation support: a delivery opening a plan, the plan's size, a session held, a return
     * closing it ({@link SupportFact}; replayed by {@link LedgerState#supportFacts()}).
     *
     * @param fact the fact
     * @param at   when it was recorded
     */
    record SupportRecorded(SupportFact fact, Instant at) implements LedgerEntry {
        public SupportRecorded {
            Require.nonNull(fact, "fact");
            Require.nonNull(at, "at");
        }
    }
}
