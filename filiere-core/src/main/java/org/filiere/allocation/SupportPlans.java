package org.filiere.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filiere.FiliereException;
import org.filiere.internal.Require;

/**
 * Rebuilds the open support plans from recorded {@link SupportFact}s, in the order they were recorded.
 * Stateless and thread-safe.
 *
 * <p>A {@link SupportFact.Delivered} opens a default plan (5 sessions, every 14 days);
 * {@link SupportFact.Planned} changes its size or pace; {@link SupportFact.SessionHeld} adds a session;
 * {@link SupportFact.Returned} closes it (a returned device's support is over, it is not "behind"). A later
 * delivery of the same request id opens a new plan. A fact about a delivery never recorded, or that breaks a
 * plan's rules (session before delivery, 11 sessions), throws {@link FiliereException} naming the fact's index.
 */
public final class SupportPlans {
    private SupportPlans() {
    }

    /** The plans still open after {@code facts}, in the order their deliveries were recorded. */
    public static List<SupportPlan> replay(List<? extends SupportFact> facts) {
        Map<String, SupportPlan> open = new LinkedHashMap<>();
        List<? extends SupportFact> all = Require.copy(facts, "facts");
        for (int i = 0; i < all.size(); i++) {
            SupportFact f = all.get(i);
            try {
                apply(open, f);
            } catch (FiliereException e) {
                throw e.with("fact", i).with("request", f.requestId());
            }
        }
        return List.copyOf(new ArrayList<>(open.values()));
    }

    private static void apply(Map<String, SupportPlan> open, SupportFact f) {
        if (f instanceof SupportFact.Delivered d) {
            open.remove(d.requestId());
            open.put(d.requestId(), new SupportPlan(d.requestId(), d.deviceId(), d.prescriberKind(), d.on(),
                    SupportPlan.DEFAULT_SESSIONS, SupportPlan.DEFAULT_INTERVAL_DAYS, List.of()));
            return;
        }
        SupportPlan p = open.get(f.requestId());
        if (p == null) {
            throw new FiliereException("support fact about a delivery that is not open");
        }
        if (f instanceof SupportFact.Planned pl) {
            open.put(p.requestId(), new SupportPlan(p.requestId(), p.deviceId(), p.prescriberKind(),
                    p.deliveredOn(), pl.expectedSessions(), pl.intervalDays(), p.sessions()));
        } else if (f instanceof SupportFact.SessionHeld s) {
            open.put(p.requestId(), p.record(new SupportSession(s.requestId(), s.on(), s.mediatorId())));
        } else if (f instanceof SupportFact.Returned) {
            open.remove(p.requestId());
        }
    }
}
