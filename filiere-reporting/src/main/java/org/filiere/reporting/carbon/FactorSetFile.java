package org.filiere.reporting.carbon;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.filiere.carbon.PartKind;
import org.filiere.carbon.Uncertainty;
import org.filiere.device.DeviceCategory;
import org.filiere.topology.TransportMode;

/** The JSON shape of a factor set file, validated as a whole before it becomes a {@code FactorSet}. */
record FactorSetFile(
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words and digits separated by dashes") String id,
        @NotBlank String version,
        @NotNull @Min(1990) @Max(2100) Integer year,
        @NotBlank String description,
        @NotEmpty List<@NotBlank String> sources,
        @NotNull TransportMode defaultTransportMode,
        @NotEmpty List<@NotNull @Valid Device> devices,
        @NotEmpty List<@NotNull @Valid Part> parts,
        @NotEmpty List<@NotNull @Valid Transport> transport,
        @NotNull @Valid Erasure erasure) {

    record Device(
            @NotNull DeviceCategory category,
            @NotNull @Positive Double embodiedKgCO2e,
            @NotNull @Positive Double massKg,
            @NotNull @Positive Double lifetimeYears,
            @PositiveOrZero Double adpeKgSbEq,
            @NotBlank String sourceUrl,
            @NotNull @Min(1990) @Max(2100) Integer year,
            @NotNull Uncertainty uncertainty,
            String note) {
    }

    record Part(
            @NotNull PartKind kind,
            @NotNull @PositiveOrZero Double kgCO2ePerUnit,
            @NotBlank String sourceUrl,
            @NotNull @Min(1990) @Max(2100) Integer year,
            @NotNull Uncertainty uncertainty,
            boolean estimate,
            String note) {
    }

    record Transport(
            @NotNull TransportMode mode,
            @NotNull @PositiveOrZero Double kgCO2ePerDeviceKm,
            @NotBlank String sourceUrl,
            @NotNull @Min(1990) @Max(2100) Integer year,
            @NotNull Uncertainty uncertainty,
            boolean estimate,
            String note) {
    }

    record Erasure(
            @NotNull @PositiveOrZero Double defaultHours,
            @NotNull @PositiveOrZero Double hostWatts,
            @NotNull @PositiveOrZero Double gridKgCO2ePerKWh,
            @NotBlank String sourceUrl,
            @NotNull @Min(1990) @Max(2100) Integer year,
            @NotNull Uncertainty uncertainty,
            boolean estimate,
            String note) {
    }
}
