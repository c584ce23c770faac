package org.filiere.allocation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.filiere.internal.Require;

/**
 * The handover of a device to a beneficiary: the signed acceptance (the beneficiary accepts the conditions,
 * as Snipe-IT's checkout acceptance or DeviceHub's {@code sign_conditions}) and the mediator who handed it
 * over. A request is served at most once, so its id identifies the delivery. Immutable.
 *
 * @param requestId          the request served; identifies the delivery
 * @param deviceId           the device handed over
 * @param prescriberKind     the kind of prescriber (what a public donor's report shows)
 * @param beneficiary        the pseudonymous beneficiary reference
 * @param priorityPublics    the beneficiary's priority publics
 * @param acceptanceSignedOn when the beneficiary signed the acceptance
 * @param mediatorId         the mediator who handed it over
 */
public record Delivery(String requestId, String deviceId, PrescriberKind prescriberKind, BeneficiaryRef beneficiary,
                       Set<PriorityPublic> priorityPublics, LocalDate acceptanceSignedOn, String mediatorId) {
    public Delivery {
        Require.nonBlank(requestId, "delivery.requestId");
        Require.nonBlank(deviceId, "delivery.deviceId");
        Require.nonNull(prescriberKind, "delivery.prescriberKind");
        Require.nonNull(beneficiary, "delivery.beneficiary");
        Require.nonNull(acceptanceSignedOn, "delivery.acceptanceSignedOn");
        Require.nonBlank(mediatorId, "delivery.mediatorId");
        priorityPublics = priorityPublics == null || priorityPublics.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(priorityPublics));
    }
}
