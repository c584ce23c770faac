package org.filiere.allocation;

import org.filiere.internal.Require;

/**
 * A proposal: give this device to this request. Immutable.
 *
 * @param requestId the request served
 * @param deviceId  the device proposed
 */
public record Allocation(String requestId, String deviceId) {
    public Allocation {
        Require.nonBlank(requestId, "allocation.requestId");
        Require.nonBlank(deviceId, "allocation.deviceId");
    }
}
