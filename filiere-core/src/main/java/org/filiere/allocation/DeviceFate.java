package org.filiere.allocation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.filiere.internal.Require;

/**
 * What became of one device, as a public donor's proof of reuse states it. Carries no beneficiary reference:
 * the donor needs the channel and the public, not the person.
 */
public sealed interface DeviceFate {
    /** The device identifier (as in the agreement). */
    String deviceId();

    /**
     * Reused: handed over to a beneficiary.
     *
     * @param deviceId        the device
     * @param deliveredOn     acceptance date
     * @param prescriberKind  through which kind of prescriber
     * @param priorityPublics the beneficiary's priority publics, possibly none
     */
    record Reused(String deviceId, LocalDate deliveredOn, PrescriberKind prescriberKind,
                  Set<PriorityPublic> priorityPublics) implements DeviceFate {
        public Reused {
            Require.nonBlank(deviceId, "deviceId");
            Require.nonNull(deliveredOn, "deliveredOn");
            Require.nonNull(prescriberKind, "prescriberKind");
            priorityPublics = priorityPublics == null || priorityPublics.isEmpty()
                    ? Set.of() : Set.copyOf(EnumSet.copyOf(priorityPublics));
        }
    }

    /**
     * Recycled through a DEEE channel.
     *
     * @param deviceId  the device
     * @param on        when
     * @param where     which channel or operator
     * @param weightKg  weight in kg
     * @param reference the bordereau reference, or null
     */
    record Recycled(String deviceId, LocalDate on, String where, double weightKg, String reference)
            implements DeviceFate {
        public Recycled {
            Require.nonBlank(deviceId, "deviceId");
            Require.nonNull(on, "on");
            Require.nonBlank(where, "where");
            Require.nonNegative(weightKg, "weightKg");
        }
    }

    /**
     * Still in the network (being prepared, available, reserved, or returned and awaiting grading).
     *
     * @param deviceId the device
     * @param state    where it is
     */
    record InProgress(String deviceId, StockState state) implements DeviceFate {
        public InProgress {
            Require.nonBlank(deviceId, "deviceId");
            Require.nonNull(state, "state");
        }
    }

    /**
     * Not known to the stock: the agreement lists it but it was never received, or is recorded elsewhere.
     *
     * @param deviceId the device
     */
    record Untracked(String deviceId) implements DeviceFate {
        public Untracked {
            Require.nonBlank(deviceId, "deviceId");
        }
    }
}
