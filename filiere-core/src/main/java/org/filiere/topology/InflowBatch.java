package org.filiere.topology;

import org.filiere.internal.Require;

/**
 * A one-off lot of devices collected at a site in a given month (for example the département's yearly
 * renewal of school computers). Immutable.
 *
 * @param month   1-based month of the planning horizon in which the lot arrives
 * @param devices number of devices, not negative
 */
public record InflowBatch(int month, int devices) {
    public InflowBatch {
        Require.that(month >= 1, "month", "months are numbered from 1");
        Require.nonNegative(devices, "devices");
    }
}
