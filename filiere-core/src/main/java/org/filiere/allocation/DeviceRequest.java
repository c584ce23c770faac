package org.filiere.allocation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.filiere.internal.Require;

/**
 * A prescriber's request for one device for one beneficiary. Immutable.
 *
 * <pre>{@code
 * DeviceRequest r = new DeviceRequest("R-031", desk, new BeneficiaryRef("B-7F3A"),
 *         Set.of(PriorityPublic.ISOLATED_SENIOR), new Need(DeviceCategory.LAPTOP, 4, 0, Set.of()),
 *         LocalDate.parse("2026-05-02"));
 * }</pre>
 *
 * @param id              a stable identifier, never blank
 * @param prescriber      who asks
 * @param beneficiary     the pseudonymous beneficiary reference
 * @param priorityPublics the priority publics the beneficiary belongs to, possibly none
 * @param need            what the device must be
 * @param createdOn       when the request was made: the waiting time counts from it
 */
public record DeviceRequest(String id, Prescriber prescriber, BeneficiaryRef beneficiary,
                            Set<PriorityPublic> priorityPublics, Need need, LocalDate createdOn) {
    public DeviceRequest {
        Require.nonBlank(id, "request.id");
        Require.nonNull(prescriber, "request.prescriber");
        Require.nonNull(beneficiary, "request.beneficiaryRef");
        Require.nonNull(need, "request.need");
        Require.nonNull(createdOn, "request.createdOn");
        priorityPublics = priorityPublics == null || priorityPublics.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(priorityPublics));
    }

    /** Whether the beneficiary belongs to at least one priority public. */
    public boolean isPriority() {
        return !priorityPublics.isEmpty();
    }
}
