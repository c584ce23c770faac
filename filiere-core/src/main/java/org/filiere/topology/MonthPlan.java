package org.filiere.topology;

import java.util.List;
import org.filiere.internal.Require;

/**
 * One month of a capacity plan. Immutable.
 *
 * @param month              1-based month of the horizon
 * @param arrivals           devices collected at the start of the month
 * @param sanitized          devices erased during the month (oldest first)
 * @param backlog            devices still waiting for erasure at the end of the month
 * @param refurbished        devices refurbished during the month (oldest first)
 * @param refurbishBacklog   erased devices still waiting for refurbishment at the end of the month
 * @param oldestWaitingSince arrival month of the oldest device still waiting for erasure at the end of the
 *                           month, or 0 when none waits
 * @param sites              what each site holds, for the sites that hold or refurbish devices, in file order
 */
public record MonthPlan(int month, int arrivals, int sanitized, int backlog, int refurbished, int refurbishBacklog,
                        int oldestWaitingSince, List<SiteLoad> sites) {
    public MonthPlan {
        Require.that(month >= 1, "month", "months are numbered from 1");
        Require.nonNegative(arrivals, "arrivals");
        Require.nonNegative(sanitized, "sanitized");
        Require.nonNegative(backlog, "backlog");
        Require.nonNegative(refurbished, "refurbished");
        Require.nonNegative(refurbishBacklog, "refurbishBacklog");
        Require.nonNegative(oldestWaitingSince, "oldestWaitingSince");
        sites = Require.copy(sites, "sites");
    }

    /** Total devices beyond storage places over all sites this month. */
    public int overflow() {
        return sites.stream().mapToInt(SiteLoad::overflow).sum();
    }
}
