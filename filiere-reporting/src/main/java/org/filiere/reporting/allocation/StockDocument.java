package org.filiere.reporting.allocation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import org.filiere.allocation.StockState;
import org.filiere.device.DeviceCategory;

/**
 * The {@code --stock} document of {@code filiere match}:
 * {@code {"devices": [{"id": "D-0107", "category": "LAPTOP", "ramGb": 8, "storageGb": 256,
 * "state": "AVAILABLE", "availableSince": "2026-06-01"}]}}. Read it with
 * {@link org.filiere.reporting.json.JsonDocuments#read}, then {@link AllocationDocuments#validate(StockDocument)}.
 *
 * @param devices the devices
 */
public record StockDocument(@NotNull @Valid List<@NotNull @Valid Device> devices) {

    /**
     * One device.
     *
     * @param id             identifier
     * @param category       category
     * @param ramGb          RAM, GB
     * @param storageGb      storage, GB
     * @param state          state
     * @param availableSince required when AVAILABLE
     */
    public record Device(@NotBlank String id, @NotNull DeviceCategory category, @NotNull @PositiveOrZero Integer ramGb,
                         @NotNull @PositiveOrZero Integer storageGb, @NotNull StockState state,
                         LocalDate availableSince) {
    }
}
