package org.filiere.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.filiere.FiliereException;
import org.filiere.allocation.Delivery;
import org.filiere.allocation.DeliveryOutcome;
import org.filiere.allocation.Mediator;
import org.filiere.allocation.SupportFact;
import org.filiere.allocation.SupportFollowUp;
import org.filiere.allocation.SupportPlan;
import org.filiere.allocation.SupportPlans;
import org.filiere.allocation.SupportStatus;
import org.filiere.custody.CustodyEvent;
import org.filiere.custody.DeviceHistory;
import org.filiere.internal.Require;
import org.filiere.validation.Violation;

/**
 * After-donation support ("Service Après Don") kept in a {@link Ledger}: records mediator trainings,
 * deliveries (each opens a support plan), plan sizes, sessions and returns as ledger entries, and rebuilds
 * the plans and the follow-up view from the ledger. Stateless; thread-safe as far as the ledger is: each
 * write checks the fact against the ledger's current state and appends it while holding the ledger's monitor,
 * so two writers in one process cannot both pass the check on the same state (the durable journal
 * synchronises on itself, and a second process is kept out by its file lock).
 *
 * <p>A fact that breaks a rule is not written: the write returns the {@link Violation}s (empty when written).
 * Rules: {@code MEDIATOR_NOT_TRAINED} (a delivery by a mediator whose Linux Mint training is not recorded on
 * or before the acceptance date), {@code ALREADY_DELIVERED} (the request's plan is open),
 * {@code DELIVERY_NOT_OPEN} (a plan change, session or return for a delivery with no open plan),
 * {@code SESSION_BEFORE_DELIVERY}, {@code RETURN_BEFORE_DELIVERY}, {@code SESSIONS_OUT_OF_RANGE} (2 to 10),
 * {@code INTERVAL_NOT_POSITIVE}.
 *
 * <pre>{@code
 * SupportLedger.recordTraining(journal, "med-1", LocalDate.parse("2026-05-10"), clock.instant());
 * SupportLedger.recordDelivery(journal, delivery, clock.instant());          // opens a 5-session plan
 * SupportLedger.record(journal, new SupportFact.SessionHeld("R-031", day, "med-1"), clock.instant());
 * List<SupportStatus> late = SupportLedger.overdue(journal.state(), clock);
 * }</pre>
 */
public final class SupportLedger {
    private SupportLedger() {
    }

    /** Records that {@code mediatorId} completed the Linux Mint training on {@code trainedOn}. */
    public static void recordTraining(Ledger ledger, String mediatorId, LocalDate trainedOn, Instant at) {
        Require.nonNull(ledger, "ledger").append(new LedgerEntry.MediatorTrained(mediatorId, trainedOn, at));
    }

    /**
     * Records a delivery, opening its default support plan (5 sessions, every 14 days), when its mediator's
     * training is recorded in the ledger on or before the acceptance date and the request has no open plan.
     *
     * @return the violations; empty when recorded
     */
    public static List<Violation> recordDelivery(Ledger ledger, Delivery delivery, Instant at) {
        Require.nonNull(ledger, "ledger");
        Require.nonNull(delivery, "delivery");
        Require.nonNull(at, "at");
        SupportFact.Delivered fact = new SupportFact.Delivered(delivery.requestId(), delivery.deviceId(),
                delivery.prescriberKind(), delivery.acceptanceSignedOn());
        synchronized (ledger) {
            LedgerState state = ledger.state();
            List<Violation> problems = new ArrayList<>();
            Mediator mediator = state.mediator(delivery.mediatorId());
            if (!mediator.isTrainedBy(delivery.acceptanceSignedOn())) {
                problems.add(new Violation("mediatorId", "MEDIATOR_NOT_TRAINED", "mediator "
                        + delivery.mediatorId() + " was not trained on Linux Mint by " + delivery.acceptanceSignedOn()
                        + mediator.trainedOn().map(d -> " (trained on " + d + ")").orElse(" (no training recorded)")));
            }
            problems.addAll(check(state, fact));
            if (problems.isEmpty()) {
                ledger.append(new LedgerEntry.SupportRecorded(fact, at));
            }
            return List.copyOf(problems);
        }
    }

    /**
     * Records a delivery made through {@code org.filiere.allocation.CustodyStock#deliver} (which already checked
     * the reservation, the need and the mediator's training): the support plan and the custody event, in this
     * order.
     *
     * @return the violations ({@code ALREADY_DELIVERED}); empty when recorded
     */
    public static List<Violation> recordDelivery(Ledger ledger, DeliveryOutcome.Delivered<DeviceHistory> delivered,
                                                 Instant at) {
        Require.nonNull(ledger, "ledger");
        Require.nonNull(delivered, "delivered");
        Delivery d = delivered.delivery();
        List<CustodyEvent> events = delivered.after().events();
        CustodyEvent last = events.get(events.size() - 1);
        if (!(last instanceof CustodyEvent.Delivered)) {
            throw new FiliereException("the history's last event is not the delivery").with("device", d.deviceId());
        }
        SupportFact.Delivered fact = new SupportFact.Delivered(d.requestId(), d.deviceId(), d.prescriberKind(),
                d.acceptanceSignedOn());
        synchronized (ledger) {
            List<Violation> problems = check(ledger.state(), fact);
            if (problems.isEmpty()) {
                ledger.append(new LedgerEntry.SupportRecorded(fact, Require.nonNull(at, "at")));
                ledger.append(new LedgerEntry.CustodyRecorded(d.deviceId(), last));
            }
            return problems;
        }
    }

    /**
     * Records a plan change ({@link SupportFact.Planned}), a session ({@link SupportFact.SessionHeld}) or a
     * return ({@link SupportFact.Returned}) when it fits the open plan.
     *
     * @return the violations; empty when recorded
     * @throws FiliereException for a {@link SupportFact.Delivered}: use {@link #recordDelivery}, which checks
     *                          the mediator's training
     */
    public static List<Violation> record(Ledger ledger, SupportFact fact, Instant at) {
        Require.nonNull(ledger, "ledger");
        Require.nonNull(fact, "fact");
        Require.nonNull(at, "at");
        if (fact instanceof SupportFact.Delivered) {
            throw new FiliereException("record deliveries with recordDelivery (the mediator rule applies)")
                    .with("request", fact.requestId());
        }
        synchronized (ledger) {
            List<Violation> problems = check(ledger.state(), fact);
            if (problems.isEmpty()) {
                ledger.append(new LedgerEntry.SupportRecorded(fact, at));
            }
            return problems;
        }
    }

    /**
     * Checks {@code fact} against the support already in {@code state} (all problems at once; the mediator rule
     * of a delivery is checked by {@link #recordDelivery}, since a fact does not name the mediator).
     */
    public static List<Violation> check(LedgerState state, SupportFact fact) {
        Require.nonNull(state, "state");
        Require.nonNull(fact, "fact");
        List<SupportFact> facts = state.supportFacts();
        Map<String, SupportPlan> open = SupportPlans.replay(facts).stream()
                .collect(Collectors.toMap(SupportPlan::requestId, Function.identity()));
        Optional<SupportPlan> plan = Optional.ofNullable(open.get(fact.requestId()));
        List<Violation> problems = new ArrayList<>();
        if (fact instanceof SupportFact.Delivered) {
            plan.ifPresent(p -> problems.add(new Violation("requestId", "ALREADY_DELIVERED", "request "
                    + p.requestId() + " was already delivered on " + p.deliveredOn() + " (device " + p.deviceId()
                    + ") and its support plan is open")));
        } else if (plan.isEmpty()) {
            problems.add(new Violation("requestId", "DELIVERY_NOT_OPEN", "no open support plan for request "
                    + fact.requestId() + " (not delivered, or returned)"));
        } else if (fact instanceof SupportFact.SessionHeld s && s.on().isBefore(plan.get().deliveredOn())) {
            problems.add(new Violation("on", "SESSION_BEFORE_DELIVERY", "session on " + s.on()
                    + " before the delivery on " + plan.get().deliveredOn()));
        } else if (fact instanceof SupportFact.Returned r && r.on().isBefore(plan.get().deliveredOn())) {
            problems.add(new Violation("on", "RETURN_BEFORE_DELIVERY", "return on " + r.on()
                    + " before the delivery on " + plan.get().deliveredOn()));
        } else if (fact instanceof SupportFact.Planned p) {
            if (p.expectedSessions() < SupportPlan.MIN_SESSIONS || p.expectedSessions() > SupportPlan.MAX_SESSIONS) {
                problems.add(new Violation("expectedSessions", "SESSIONS_OUT_OF_RANGE", "expected sessions must be "
                        + SupportPlan.MIN_SESSIONS + " to " + SupportPlan.MAX_SESSIONS + ", not " + p.expectedSessions()));
            }
            if (p.intervalDays() < 1) {
                problems.add(new Violation("intervalDays", "INTERVAL_NOT_POSITIVE",
                        "days between sessions must be at least 1, not " + p.intervalDays()));
            }
        }
        if (problems.isEmpty()) {
            // The replay is the authority: whatever it would refuse must not reach the ledger.
            List<SupportFact> next = new ArrayList<>(facts);
            next.add(fact);
            try {
                SupportPlans.replay(next);
            } catch (FiliereException e) {
                problems.add(new Violation("", "SUPPORT_FACT_REFUSED", e.getMessage()));
            }
        }
        return List.copyOf(problems);
    }

    /** The open support plans rebuilt from the ledger's support facts, in delivery order. */
    public static List<SupportPlan> plans(LedgerState state) {
        return SupportPlans.replay(Require.nonNull(state, "state").supportFacts());
    }

    /** The deliveries whose support is behind on the clock's today, most late first. */
    public static List<SupportStatus> overdue(LedgerState state, Clock clock) {
        return SupportFollowUp.overdue(plans(state), clock);
    }

    /** The deliveries whose support is behind on {@code day}, most late first. */
    public static List<SupportStatus> overdueOn(LedgerState state, LocalDate day) {
        return SupportFollowUp.overdueOn(plans(state), day);
    }
}
