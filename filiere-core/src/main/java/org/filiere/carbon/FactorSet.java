package org.filiere.carbon;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.filiere.FiliereException;
import org.filiere.device.DeviceCategory;
import org.filiere.internal.Require;
import org.filiere.topology.TransportMode;

/**
 * A versioned, self-contained set of factors: one {@link Factor} per covered device category, one
 * {@link PartFactor} per {@link PartKind}, one {@link TransportFactor} per {@link TransportMode}, and the
 * {@link ErasureEnergy} assumptions. Sets are shipped as JSON resources and loaded by
 * {@code org.filiere.reporting.carbon.FactorSets}; this type is the pure, validated value.
 *
 * <p>A set need not cover every category (no public source gives a printer or a server figure comparable with
 * the others); devices of an uncovered category are counted but avoid nothing, and the report says so.
 * Parts, transport modes and erasure must be complete so that a refurbishment burden is never silently zero.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id                    stable identifier, lower-case words and digits separated by dashes
 * @param version               version of this set's content (changes when any number changes)
 * @param year                  reference year of the values
 * @param description           what the set is and when to use it
 * @param sources               the sources of the set (URLs or citations), at least one
 * @param factors               per-category factors (key equals the factor's category)
 * @param parts                 per-part factors, every {@link PartKind}
 * @param transport             per-mode factors, every {@link TransportMode}
 * @param defaultTransportMode  mode assumed when a device does not say how it travelled
 * @param erasure               erasure energy assumptions
 */
public record FactorSet(String id, String version, int year, String description, List<String> sources,
                        Map<DeviceCategory, Factor> factors, Map<PartKind, PartFactor> parts,
                        Map<TransportMode, TransportFactor> transport, TransportMode defaultTransportMode,
                        ErasureEnergy erasure) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public FactorSet {
        Require.nonBlank(id, "id");
        Require.that(ID.matcher(id).matches(), "id", "must be lower-case words and digits separated by dashes");
        Require.nonBlank(version, "version");
        Require.that(year >= 1990 && year <= 2100, "year", "must be a plausible year");
        Require.nonBlank(description, "description");
        sources = Require.copy(sources, "sources");
        Require.that(!sources.isEmpty(), "sources", "a factor set must name at least one source");
        Require.nonNull(factors, "factors");
        Require.that(!factors.isEmpty(), "factors", "a factor set must cover at least one device category");
        factors.forEach((k, v) -> {
            if (k != v.category()) {
                throw new FiliereException("factor filed under another category")
                        .with("field", "factors").with("key", k).with("category", v.category());
            }
        });
        factors = Collections.unmodifiableMap(new EnumMap<>(factors));
        Require.nonNull(parts, "parts");
        for (PartKind kind : PartKind.values()) {
            PartFactor p = parts.get(kind);
            if (p == null || p.kind() != kind) {
                throw new FiliereException("missing or misfiled part factor").with("field", "parts").with("kind", kind);
            }
        }
        parts = Collections.unmodifiableMap(new EnumMap<>(parts));
        Require.nonNull(transport, "transport");
        for (TransportMode mode : TransportMode.values()) {
            TransportFactor t = transport.get(mode);
            if (t == null || t.mode() != mode) {
                throw new FiliereException("missing or misfiled transport factor").with("field", "transport").with("mode", mode);
            }
        }
        transport = Collections.unmodifiableMap(new EnumMap<>(transport));
        Require.nonNull(defaultTransportMode, "defaultTransportMode");
        Require.nonNull(erasure, "erasure");
    }

    /** The factor of {@code category}, empty when this set does not cover it. */
    public Optional<Factor> factor(DeviceCategory category) {
        return Optional.ofNullable(factors.get(category));
    }

    /** The factor of a part kind (every kind is present). */
    public PartFactor part(PartKind kind) {
        return parts.get(kind);
    }

    /** The factor of a transport mode (every mode is present). */
    public TransportFactor transport(TransportMode mode) {
        return transport.get(mode);
    }
}
