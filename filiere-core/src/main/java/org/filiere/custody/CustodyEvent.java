package org.filiere.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.filiere.FiliereException;
import org.filiere.device.Grade;
import org.filiere.internal.Require;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.topology.TransportMode;

/**
 * One fact in the custody history of a device ({@link DeviceHistory}). Every event says when it happened
 * ({@code at}, taken by the caller from its {@link java.time.Clock}: core never reads a clock) and who
 * recorded it ({@code actor}: a volunteer, an employee, a station id). Events are immutable values; whether
 * an event may follow the others is decided by {@link DeviceHistory#append(CustodyEvent)}.
 *
 * <pre>{@code
 * Instant now = clock.instant();
 * DeviceHistory h = DeviceHistory.of(device)
 *         .append(new CustodyEvent.Received(now, "alice", "miraille", "CONV-2026-014",
 *                 Map.of("S4EVNX0N123456", Level.PURGE)));
 * }</pre>
 */
public sealed interface CustodyEvent {
    /** When it happened. */
    Instant at();

    /** Who recorded it. */
    String actor();

    /** Its kind, for the {@link Lifecycle} table. */
    EventType type();

    /**
     * The network takes the device in at a site under an agreement.
     *
     * @param siteId         the receiving site (a topology site id)
     * @param agreementId    the cession agreement it comes under
     * @param requiredLevels the sanitization level each medium needs, by medium serial, as the caller's
     *                       sanitization policy decided it from the agreement (one entry per medium of the
     *                       device; empty for a device without media)
     */
    record Received(Instant at, String actor, String siteId, String agreementId, Map<String, Level> requiredLevels)
            implements CustodyEvent {
        public Received {
            common(at, actor);
            Require.nonBlank(siteId, "siteId");
            Require.nonBlank(agreementId, "agreementId");
            Require.nonNull(requiredLevels, "requiredLevels");
            Map<String, Level> copy = new LinkedHashMap<>();
            requiredLevels.forEach((serial, level) -> {
                Require.nonBlank(serial, "requiredLevels (serial)");
                copy.put(serial, Require.nonNull(level, "requiredLevels[" + serial + "]"));
            });
            requiredLevels = Collections.unmodifiableMap(copy);
        }

        @Override
        public EventType type() {
            return EventType.RECEIVED;
        }
    }

    /**
     * The device travels from one site to another (relay point to hub, hub to node...).
     *
     * @param fromSiteId where it was (must be where the history says it is)
     * @param toSiteId   where it goes
     * @param distanceKm the route's length in km (for the carbon balance)
     * @param mode       how it travels
     */
    record Transferred(Instant at, String actor, String fromSiteId, String toSiteId, double distanceKm,
                       TransportMode mode) implements CustodyEvent {
        public Transferred {
            common(at, actor);
            Require.nonBlank(fromSiteId, "fromSiteId");
            Require.nonBlank(toSiteId, "toSiteId");
            Require.that(!fromSiteId.equals(toSiteId), "toSiteId", "a transfer goes to another site");
            Require.nonNegative(distanceKm, "distanceKm");
            Require.nonNull(mode, "mode");
        }

        @Override
        public EventType type() {
            return EventType.TRANSFERRED;
        }
    }

    /**
     * A sanitization was run on one medium. The record is kept whatever it proves; the medium counts as
     * sanitized only when {@link SanitizationRecord#meets(Level)} its required level.
     *
     * @param record what was done, by which tool, verified how
     */
    record MediumSanitized(Instant at, String actor, SanitizationRecord record) implements CustodyEvent {
        public MediumSanitized {
            common(at, actor);
            Require.nonNull(record, "record");
        }

        /** The medium's serial, from the record. */
        public String mediumSerial() {
            return record.mediumSerial();
        }

        @Override
        public EventType type() {
            return EventType.MEDIUM_SANITIZED;
        }
    }

    /**
     * One medium was physically destroyed.
     *
     * @param mediumSerial   which medium
     * @param method         how
     * @param certificateRef the destruction certificate number, or the witness's name, as evidence
     */
    record MediumDestroyed(Instant at, String actor, String mediumSerial, DestructionMethod method,
                           String certificateRef) implements CustodyEvent {
        public MediumDestroyed {
            common(at, actor);
            Require.nonBlank(mediumSerial, "mediumSerial");
            Require.nonNull(method, "method");
            Require.nonBlank(certificateRef, "certificateRef");
        }

        @Override
        public EventType type() {
            return EventType.MEDIUM_DESTROYED;
        }
    }

    /**
     * One medium was pulled out of the device (it is then traced on its own).
     *
     * @param mediumSerial which medium
     * @param reason       why (failing SMART, replaced by a bigger SSD, kept for destruction...)
     */
    record MediumRemoved(Instant at, String actor, String mediumSerial, String reason) implements CustodyEvent {
        public MediumRemoved {
            common(at, actor);
            Require.nonBlank(mediumSerial, "mediumSerial");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public EventType type() {
            return EventType.MEDIUM_REMOVED;
        }
    }

    /**
     * An operating system was installed. Windows is refused: the workshop report's non-negotiable condition
     * ("Condition non négociable : pas d'installation Windows"); Linux Mint is the reference system.
     *
     * @param osName    the system's name ({@code "Linux Mint"})
     * @param osVersion its version ({@code "22.1"})
     */
    record Refurbished(Instant at, String actor, String osName, String osVersion) implements CustodyEvent {
        public Refurbished {
            common(at, actor);
            Require.nonBlank(osName, "osName");
            Require.nonBlank(osVersion, "osVersion");
            if (isWindows(osName)) {
                throw new FiliereException("installing Windows is refused: the network installs Linux Mint, "
                        + "Windows never (workshop rule)").with("field", "osName").with("osName", osName);
            }
        }

        /** True when {@code osName} names Microsoft Windows ("Windows 11", "Microsoft Windows", "Win10"...). */
        public static boolean isWindows(String osName) {
            String n = osName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            return n.contains("windows") || n.matches("(microsoft)?win(xp|vista|[0-9].*)");
        }

        @Override
        public EventType type() {
            return EventType.REFURBISHED;
        }
    }

    /**
     * The device was tested and graded.
     *
     * @param grade appearance and functionality
     */
    record Graded(Instant at, String actor, Grade grade) implements CustodyEvent {
        public Graded {
            common(at, actor);
            Require.nonNull(grade, "grade");
        }

        @Override
        public EventType type() {
            return EventType.GRADED;
        }
    }

    /** The device is offered to prescribers. */
    record MadeAvailable(Instant at, String actor) implements CustodyEvent {
        public MadeAvailable {
            common(at, actor);
        }

        @Override
        public EventType type() {
            return EventType.MADE_AVAILABLE;
        }
    }

    /**
     * The device is held for one request.
     *
     * @param requestId the prescriber's request
     * @param until     when the reservation lapses (after {@code at})
     */
    record Reserved(Instant at, String actor, String requestId, Instant until) implements CustodyEvent {
        public Reserved {
            common(at, actor);
            Require.nonBlank(requestId, "requestId");
            Require.nonNull(until, "until");
            Require.that(until.isAfter(at), "until", "a reservation ends after it starts");
        }

        /** True when the reservation has lapsed at {@code now}. */
        public boolean expiredAt(Instant now) {
            return !now.isBefore(until);
        }

        @Override
        public EventType type() {
            return EventType.RESERVED;
        }
    }

    /**
     * A reservation ends without delivery (the request was cancelled, or the reservation lapsed).
     *
     * @param requestId the request whose reservation ends (must be the current one)
     * @param reason    why
     */
    record ReservationReleased(Instant at, String actor, String requestId, String reason) implements CustodyEvent {
        public ReservationReleased {
            common(at, actor);
            Require.nonBlank(requestId, "requestId");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public EventType type() {
            return EventType.RESERVATION_RELEASED;
        }
    }

    /**
     * The device was handed to a beneficiary.
     *
     * @param beneficiaryRef     a pseudonymous reference to the beneficiary (never a name: data minimisation)
     * @param prescriber         who prescribed it (social worker, France Services desk)
     * @param mediator           the digital mediator in charge of the after-donation support
     * @param acceptanceSignedOn the day the beneficiary signed the acceptance of the conditions
     */
    record Delivered(Instant at, String actor, String beneficiaryRef, String prescriber, String mediator,
                     LocalDate acceptanceSignedOn) implements CustodyEvent {
        public Delivered {
            common(at, actor);
            Require.nonBlank(beneficiaryRef, "beneficiaryRef");
            Require.nonBlank(prescriber, "prescriber");
            Require.nonBlank(mediator, "mediator");
            Require.nonNull(acceptanceSignedOn, "acceptanceSignedOn");
        }

        @Override
        public EventType type() {
            return EventType.DELIVERED;
        }
    }

    /**
     * A delivered device came back. The beneficiary may have stored data on it, so every medium that was
     * sanitized is unsanitized again until a new record proves its level.
     *
     * @param siteId where it came back to
     * @param reason why
     */
    record Returned(Instant at, String actor, String siteId, String reason) implements CustodyEvent {
        public Returned {
            common(at, actor);
            Require.nonBlank(siteId, "siteId");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public EventType type() {
            return EventType.RETURNED;
        }
    }

    /**
     * The device left the network for recycling (DEEE channel, C. env. R543-195): terminal.
     *
     * @param weightKg    the weight handed over, in kg (for DEEE tonnage)
     * @param recycler    the recycler or producer-responsibility organisation
     * @param slipNumber  the recycler's slip (bordereau) number
     */
    record Recycled(Instant at, String actor, double weightKg, String recycler, String slipNumber)
            implements CustodyEvent {
        public Recycled {
            common(at, actor);
            Require.that(weightKg > 0 && !Double.isInfinite(weightKg), "weightKg", "weight must be positive");
            Require.nonBlank(recycler, "recycler");
            Require.nonBlank(slipNumber, "slipNumber");
        }

        @Override
        public EventType type() {
            return EventType.RECYCLED;
        }
    }

    private static void common(Instant at, String actor) {
        Require.nonNull(at, "at");
        Require.nonBlank(actor, "actor");
    }
}
