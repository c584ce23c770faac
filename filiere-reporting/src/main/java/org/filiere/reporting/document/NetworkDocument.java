package org.filiere.reporting.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.filiere.FiliereException;
import org.filiere.reporting.json.BeanValidation;
import org.filiere.topology.Capability;
import org.filiere.topology.Inflow;
import org.filiere.topology.InflowBatch;
import org.filiere.topology.Network;
import org.filiere.topology.Route;
import org.filiere.topology.Site;
import org.filiere.topology.SiteRole;
import org.filiere.topology.TopologyPolicy;
import org.filiere.topology.TransportMode;
import org.filiere.validation.Violation;

/**
 * The network file ({@code filiere topology check|capacity FILE}): sites, two-way routes and the inflow
 * forecast, as fixed by the CLI contract, plus optional descriptive fields and one-off inflow lots. Read it
 * with {@code JsonDocuments.read(path, NetworkDocument.class)}, then {@link #violations()} reports every
 * problem at once (field checks first, then the network rules of {@link Network#violations}), and
 * {@link #toNetwork()} gives the domain value. Immutable; see {@code docs/network.md}.
 *
 * <pre>{@code
 * NetworkDocument doc = JsonDocuments.read(Path.of("zone-nord.json"), NetworkDocument.class);
 * List<Violation> problems = doc.violations();
 * if (problems.isEmpty()) {
 *     ValidatedNetwork net = doc.toNetwork().validate(doc.topologyPolicy());
 * }
 * }</pre>
 *
 * @param name        optional title of the network
 * @param description optional free text (sources of the figures...)
 * @param policy      optional policy; absent means erasure only at hubs
 * @param sites       the sites
 * @param routes      the two-way routes (absent means none)
 * @param inflow      the inflow forecast per collecting site (absent means none)
 */
public record NetworkDocument(
        String name,
        String description,
        @Valid PolicyEntry policy,
        @NotEmpty List<@NotNull @Valid SiteEntry> sites,
        List<@NotNull @Valid RouteEntry> routes,
        List<@NotNull @Valid InflowEntry> inflow) {

    /**
     * One site.
     *
     * @param id                unique id used by routes and inflow
     * @param name              human name
     * @param role              HUB, NODE or RELAY_POINT
     * @param capabilities      COLLECT, STORE, SANITIZE, REFURBISH, TRAIN, DISTRIBUTE, REPAIR_CAFE, SUPPORT
     * @param storagePlaces     optional number of devices it can hold
     * @param sanitizePerMonth  optional erasures per month
     * @param refurbishPerMonth optional refurbishments per month
     * @param operator          optional structure running the site
     * @param town              optional town
     */
    public record SiteEntry(@NotBlank String id, @NotBlank String name, @NotNull SiteRole role,
                            List<@NotNull Capability> capabilities, @PositiveOrZero Integer storagePlaces,
                            @PositiveOrZero Integer sanitizePerMonth, @PositiveOrZero Integer refurbishPerMonth,
                            String operator, String town) {
    }

    /**
     * One two-way route.
     *
     * @param from one end (site id)
     * @param to   the other end (site id)
     * @param km   road distance in km
     * @param mode VAN, CAR, TRUCK, CARGO_BIKE, ON_FOOT or POSTAL
     */
    public record RouteEntry(@NotBlank String from, @NotBlank String to, @NotNull @PositiveOrZero Double km,
                             @NotNull TransportMode mode) {
    }

    /**
     * The forecast of one collecting site.
     *
     * @param site            the site id
     * @param devicesPerMonth devices arriving every month
     * @param batches         optional one-off lots
     * @param note            optional free text (source of the figure)
     */
    public record InflowEntry(@NotBlank String site, @NotNull @PositiveOrZero Integer devicesPerMonth,
                              List<@NotNull @Valid BatchEntry> batches, String note) {
    }

    /**
     * A one-off lot.
     *
     * @param month   1-based month of the horizon
     * @param devices number of devices
     */
    public record BatchEntry(@NotNull @Min(1) Integer month, @NotNull @PositiveOrZero Integer devices) {
    }

    /**
     * Where erasure is allowed.
     *
     * @param sanitizingRoles roles whose sites may sanitize (default: HUB only)
     */
    public record PolicyEntry(@NotEmpty List<@NotNull SiteRole> sanitizingRoles) {
    }

    /** The policy the file asks for, or the centralised default. */
    public TopologyPolicy topologyPolicy() {
        if (policy == null || policy.sanitizingRoles() == null || policy.sanitizingRoles().isEmpty()
                || policy.sanitizingRoles().contains(null)) {
            return TopologyPolicy.DEFAULT;
        }
        return new TopologyPolicy(EnumSet.copyOf(policy.sanitizingRoles()));
    }

    /**
     * Every problem of the document, under its own policy: the field checks, then the network rules. When a
     * field is wrong in a way that leaves the network's shape known (a negative number), the network rules
     * still run, so that everything is reported at once.
     */
    public List<Violation> violations() {
        List<Violation> out = new ArrayList<>(BeanValidation.validate(this));
        Network lenient = lenientNetwork();
        if (lenient != null) {
            out.addAll(lenient.violations(topologyPolicy()));
        }
        return List.copyOf(out);
    }

    /**
     * The domain network.
     *
     * @throws FiliereException when a field is missing or out of range (check {@link #violations()} first)
     */
    public Network toNetwork() {
        List<Violation> fieldProblems = BeanValidation.validate(this);
        if (!fieldProblems.isEmpty()) {
            Violation v = fieldProblems.get(0);
            throw new FiliereException("invalid network document").with("path", v.path()).with("rule", v.rule())
                    .with("problems", fieldProblems.size());
        }
        return convert(false);
    }

    /** The network with wrong numbers neutralised, or null when its shape itself is unknown. */
    private Network lenientNetwork() {
        if (sites == null) {
            return null;
        }
        try {
            return convert(true);
        } catch (FiliereException | NullPointerException | IllegalArgumentException e) {
            // A missing id, role or mode: the field checks already say so, and the graph cannot be drawn.
            return null;
        }
    }

    private Network convert(boolean lenient) {
        List<Site> s = new ArrayList<>();
        for (SiteEntry e : sites) {
            s.add(new Site(e.id(), e.name(), e.role(),
                    e.capabilities() == null || e.capabilities().isEmpty() ? EnumSet.noneOf(Capability.class)
                            : EnumSet.copyOf(e.capabilities()),
                    count(e.storagePlaces(), lenient), count(e.sanitizePerMonth(), lenient),
                    count(e.refurbishPerMonth(), lenient), e.operator()));
        }
        List<Route> r = new ArrayList<>();
        for (RouteEntry e : routes == null ? List.<RouteEntry>of() : routes) {
            double km = lenient && e.km() != null && e.km() < 0 ? 0 : e.km();
            r.add(new Route(e.from(), e.to(), km, e.mode()));
        }
        List<Inflow> f = new ArrayList<>();
        for (InflowEntry e : inflow == null ? List.<InflowEntry>of() : inflow) {
            List<InflowBatch> lots = new ArrayList<>();
            for (BatchEntry b : e.batches() == null ? List.<BatchEntry>of() : e.batches()) {
                if (lenient && (b.month() == null || b.month() < 1 || b.devices() == null || b.devices() < 0)) {
                    continue;
                }
                lots.add(new InflowBatch(b.month(), b.devices()));
            }
            int perMonth = lenient && (e.devicesPerMonth() == null || e.devicesPerMonth() < 0)
                    ? 0 : e.devicesPerMonth();
            f.add(new Inflow(e.site(), perMonth, lots));
        }
        return new Network(s, r, f);
    }

    private static Integer count(Integer value, boolean lenient) {
        return lenient && value != null && value < 0 ? null : value;
    }
}
