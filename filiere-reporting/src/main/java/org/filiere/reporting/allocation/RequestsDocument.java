package org.filiere.reporting.allocation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import org.filiere.allocation.AccessibilityNeed;
import org.filiere.allocation.PrescriberKind;
import org.filiere.allocation.PriorityPublic;
import org.filiere.device.DeviceCategory;

/**
 * The {@code --requests} document of {@code filiere match}:
 * {@code {"requests": [{"id": "R-031", "prescriber": "France Services Argentière", "beneficiaryRef": "B-7F3A",
 * "priorityPublics": ["ISOLATED_SENIOR"], "category": "LAPTOP", "minRamGb": 4, "createdOn": "2026-05-02"}]}}.
 * Optional extensions: {@code prescriberKind} (a {@link PrescriberKind}, default OTHER), {@code minStorageGb}
 * (default 0), {@code accessibility} (list of {@link AccessibilityNeed}).
 *
 * @param requests the requests
 */
public record RequestsDocument(@NotNull @Valid List<@NotNull @Valid Request> requests) {

    /**
     * One request.
     *
     * @param id              identifier
     * @param prescriber      the prescriber's name (also its id)
     * @param prescriberKind  optional kind
     * @param beneficiaryRef  pseudonymous reference
     * @param priorityPublics priority publics, possibly empty or absent
     * @param category        requested category
     * @param minRamGb        optional minimum RAM
     * @param minStorageGb    optional minimum storage
     * @param accessibility   optional accessibility needs
     * @param createdOn       request date
     */
    public record Request(@NotBlank String id, @NotBlank String prescriber, PrescriberKind prescriberKind,
                          @NotBlank String beneficiaryRef, List<@NotNull PriorityPublic> priorityPublics,
                          @NotNull DeviceCategory category, @PositiveOrZero Integer minRamGb,
                          @PositiveOrZero Integer minStorageGb, List<@NotNull AccessibilityNeed> accessibility,
                          @NotNull LocalDate createdOn) {
    }
}
