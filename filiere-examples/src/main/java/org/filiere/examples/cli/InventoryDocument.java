package org.filiere.examples.cli;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import org.filiere.carbon.DonatedDevice;
import org.filiere.carbon.Outcome;
import org.filiere.carbon.PartAdded;
import org.filiere.carbon.PartKind;
import org.filiere.device.DeviceCategory;
import org.filiere.topology.TransportMode;

/**
 * The input of {@code filiere impact} (contract: {@code {"devices": [{category, outcome, transportKm,
 * partsAdded}]}}), with optional extras: transportMode, erasureHours, donorId, agreementId, siteId, date.
 */
record InventoryDocument(@NotNull List<@NotNull @Valid Device> devices) {

    record Device(@NotNull DeviceCategory category,
                  @NotNull Outcome outcome,
                  @PositiveOrZero Double transportKm,
                  TransportMode transportMode,
                  List<@NotNull @Valid Part> partsAdded,
                  @PositiveOrZero Double erasureHours,
                  String donorId,
                  String agreementId,
                  String siteId,
                  LocalDate date) {

        DonatedDevice toDevice() {
            List<PartAdded> parts = partsAdded == null ? List.of()
                    : partsAdded.stream().map(p -> new PartAdded(p.kind(), p.count() == null ? 1 : p.count())).toList();
            return new DonatedDevice(category, outcome, transportKm == null ? 0 : transportKm, transportMode, parts,
                    erasureHours, donorId, agreementId, siteId, date);
        }
    }

    record Part(@NotNull PartKind kind, @Min(1) Integer count) {
    }
}
