package org.filiere.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.filiere.FiliereException;
import org.filiere.internal.Require;

/**
 * The after-donation support ("Service Après Don") promised with one delivery: how many coaching sessions,
 * at which pace, and the sessions held so far. Immutable; {@link #record} returns a new plan.
 *
 * <p>The workshop report: about {@value #DEFAULT_SESSIONS} sessions per beneficiary, from
 * {@value #MIN_SESSIONS} to {@value #MAX_SESSIONS} by profile. The profile is the mediator's judgement, so the
 * number is given explicitly ({@link #forDelivery(Delivery, int)}) or defaults to 5.
 *
 * <p>Pace: session {@code k} (1-based) is due {@code k × intervalDays} days after the delivery, every
 * {@value #DEFAULT_INTERVAL_DAYS} days by default, so 5 sessions spread over 10 weeks. On a given day,
 * {@link #dueBy(LocalDate)} sessions should have been held; the plan is behind when fewer were.
 *
 * <pre>{@code
 * SupportPlan plan = SupportPlan.forDelivery(delivery)
 *         .record(new SupportSession(delivery.requestId(), LocalDate.parse("2026-06-20"), "med-1"));
 * SupportStatus s = plan.statusOn(LocalDate.now(clock));
 * }</pre>
 *
 * @param requestId        the delivery it follows (the request id)
 * @param deviceId         the device delivered
 * @param prescriberKind   the prescriber's kind, for the follow-up view
 * @param deliveredOn      the acceptance date: the plan starts then
 * @param expectedSessions how many sessions, {@value #MIN_SESSIONS} to {@value #MAX_SESSIONS}
 * @param intervalDays     days between due dates, 1 or more
 * @param sessions         sessions held, sorted by date
 */
public record SupportPlan(String requestId, String deviceId, PrescriberKind prescriberKind, LocalDate deliveredOn,
                          int expectedSessions, int intervalDays, List<SupportSession> sessions) {
    /** Sessions expected when nothing else is said. */
    public static final int DEFAULT_SESSIONS = 5;
    /** Fewest sessions a profile may get. */
    public static final int MIN_SESSIONS = 2;
    /** Most sessions a profile may get. */
    public static final int MAX_SESSIONS = 10;
    /** Default days between two due dates. */
    public static final int DEFAULT_INTERVAL_DAYS = 14;

    public SupportPlan {
        Require.nonBlank(requestId, "plan.requestId");
        Require.nonBlank(deviceId, "plan.deviceId");
        Require.nonNull(prescriberKind, "plan.prescriberKind");
        Require.nonNull(deliveredOn, "plan.deliveredOn");
        Require.that(expectedSessions >= MIN_SESSIONS && expectedSessions <= MAX_SESSIONS, "plan.expectedSessions",
                "expected sessions must be between " + MIN_SESSIONS + " and " + MAX_SESSIONS);
        Require.that(intervalDays >= 1, "plan.intervalDays", "interval must be at least one day");
        List<SupportSession> sorted = new ArrayList<>(Require.copy(sessions, "plan.sessions"));
        for (SupportSession s : sorted) {
            if (!s.requestId().equals(requestId)) {
                throw new FiliereException("session belongs to another delivery")
                        .with("plan", requestId).with("session", s.requestId());
            }
            if (s.on().isBefore(deliveredOn)) {
                throw new FiliereException("a session cannot precede the delivery")
                        .with("plan", requestId).with("deliveredOn", deliveredOn).with("sessionOn", s.on());
            }
        }
        sorted.sort(Comparator.comparing(SupportSession::on).thenComparing(SupportSession::mediatorId));
        sessions = List.copyOf(sorted);
    }

    /** The default plan for a delivery: 5 sessions, one every 14 days. */
    public static SupportPlan forDelivery(Delivery delivery) {
        return forDelivery(delivery, DEFAULT_SESSIONS);
    }

    /** A plan of {@code expectedSessions} sessions for a delivery, one every 14 days. */
    public static SupportPlan forDelivery(Delivery delivery, int expectedSessions) {
        return new SupportPlan(delivery.requestId(), delivery.deviceId(), delivery.prescriberKind(),
                delivery.acceptanceSignedOn(), expectedSessions, DEFAULT_INTERVAL_DAYS, List.of());
    }

    /** The same plan with one more session held. */
    public SupportPlan record(SupportSession session) {
        List<SupportSession> next = new ArrayList<>(sessions);
        next.add(Require.nonNull(session, "session"));
        return new SupportPlan(requestId, deviceId, prescriberKind, deliveredOn, expectedSessions, intervalDays, next);
    }

    /** The date session {@code k} (1-based) is due. */
    public LocalDate dueDate(int k) {
        Require.that(k >= 1 && k <= expectedSessions, "k", "no such session in the plan");
        return deliveredOn.plusDays((long) k * intervalDays);
    }

    /** How many sessions should have been held by {@code day} (0 before the first due date). */
    public int dueBy(LocalDate day) {
        if (day.isBefore(deliveredOn)) {
            return 0;
        }
        long elapsed = day.toEpochDay() - deliveredOn.toEpochDay();
        return (int) Math.min(expectedSessions, elapsed / intervalDays);
    }

    /** Sessions held on or before {@code day}. */
    public int heldBy(LocalDate day) {
        return (int) sessions.stream().filter(s -> !s.on().isAfter(day)).count();
    }

    /** Where the plan stands on {@code day}. */
    public SupportStatus statusOn(LocalDate day) {
        int held = heldBy(day);
        int due = dueBy(day);
        int behind = Math.max(0, due - held);
        LocalDate nextDue = held >= expectedSessions ? null : dueDate(held + 1);
        LocalDate last = sessions.stream().filter(s -> !s.on().isAfter(day)).map(SupportSession::on)
                .reduce((a, b) -> b).orElse(null);
        return new SupportStatus(this, day, held, due, behind, nextDue, last);
    }
}
