package org.filiere.topology;

import java.util.List;
import org.filiere.internal.Require;

/**
 * The forecast of devices collected at one site: a steady number per month plus optional one-off lots.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Inflow steady = Inflow.steady("cimelab", 4);
 * Inflow schools = new Inflow("cd05", 0, List.of(new InflowBatch(3, 300)));
 * }</pre>
 *
 * @param siteId          the collecting site
 * @param devicesPerMonth devices arriving every month, not negative
 * @param batches         one-off lots, possibly empty
 */
public record Inflow(String siteId, int devicesPerMonth, List<InflowBatch> batches) {
    public Inflow {
        Require.nonBlank(siteId, "siteId");
        Require.nonNegative(devicesPerMonth, "devicesPerMonth");
        batches = Require.copy(batches, "batches");
    }

    /** A steady inflow without lots. */
    public static Inflow steady(String siteId, int devicesPerMonth) {
        return new Inflow(siteId, devicesPerMonth, List.of());
    }

    /** Devices arriving at the start of {@code month} (1-based). */
    public int devicesIn(int month) {
        int n = devicesPerMonth;
        for (InflowBatch b : batches) {
            if (b.month() == month) {
                n += b.devices();
            }
        }
        return n;
    }
}
