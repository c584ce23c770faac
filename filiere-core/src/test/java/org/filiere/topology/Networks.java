package org.filiere.topology;

import static org.filiere.topology.Capability.COLLECT;
import static org.filiere.topology.Capability.DISTRIBUTE;
import static org.filiere.topology.Capability.REFURBISH;
import static org.filiere.topology.Capability.SANITIZE;
import static org.filiere.topology.Capability.STORE;

import java.util.EnumSet;
import java.util.List;

/** Small networks for the tests. */
final class Networks {
    private Networks() {
    }

    static Site hub(String id, Integer places, Integer sanitize, Integer refurbish) {
        return new Site(id, "Hub " + id, SiteRole.HUB, EnumSet.of(COLLECT, STORE, SANITIZE, REFURBISH, DISTRIBUTE),
                places, sanitize, refurbish, "E&S");
    }

    static Site relay(String id) {
        return Site.of(id, "Relay " + id, SiteRole.RELAY_POINT, COLLECT);
    }

    static Route van(String from, String to, double km) {
        return new Route(from, to, km, TransportMode.VAN);
    }

    /** The contract's example: a hub (30 places, 12 erasures, 12 refurbishments) and a relay 40 km away. */
    static Network contractExample(int inflowPerMonth) {
        return new Network(List.of(hub("hub", 30, 12, 12), relay("relay")), List.of(van("relay", "hub", 40)),
                List.of(Inflow.steady("relay", inflowPerMonth)));
    }

    /** One hub with the given erasure capacity (refurbishing as fast) and one relay collecting the inflow. */
    static Network oneHub(int sanitizePerMonth, Inflow inflow) {
        return new Network(List.of(hub("hub", 40, sanitizePerMonth, sanitizePerMonth), relay("relay")),
                List.of(van("relay", "hub", 40)), List.of(new Inflow("relay", inflow.devicesPerMonth(),
                inflow.batches())));
    }
}
