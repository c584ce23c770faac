package org.filiere.reporting.allocation;

import java.util.List;
import org.filiere.allocation.MatchResult;
import org.filiere.allocation.Unserved;

/**
 * The JSON output of {@code filiere match}, exactly the contract's shape plus two fields per unserved request:
 * {@code {"allocations": [{"requestId", "deviceId"}], "unserved": [{"requestId", "reason", "code", "takenBy"}]}}.
 * {@code reason} is a sentence (French or English), {@code code} the stable {@link
 * org.filiere.allocation.UnservedReason} name, {@code takenBy} the requests served first that took the matching
 * devices (empty unless code is TAKEN_BY_HIGHER_PRIORITY). Immutable.
 *
 * @param allocations proposals in serving order
 * @param unserved    requests without a device, in serving order
 */
public record MatchReport(List<Allocation> allocations, List<UnservedRequest> unserved) {

    /** One proposal. */
    public record Allocation(String requestId, String deviceId) {
    }

    /** One unserved request. */
    public record UnservedRequest(String requestId, String reason, String code, List<String> takenBy) {
    }

    /** The report of a result, reasons in French ({@code english == false}) or English. */
    public static MatchReport of(MatchResult result, boolean english) {
        return new MatchReport(
                result.allocations().stream().map(a -> new Allocation(a.requestId(), a.deviceId())).toList(),
                result.unserved().stream().map(u -> new UnservedRequest(u.requestId(), reason(u, english),
                        u.reason().name(), u.takenBy())).toList());
    }

    /** The sentence explaining why {@code u} is not served. */
    public static String reason(Unserved u, boolean english) {
        var n = u.need();
        switch (u.reason()) {
            case NO_DEVICE_OF_CATEGORY:
                return english ? "no available device of category " + n.category()
                        : "aucun appareil disponible de catégorie " + n.category();
            case NOT_ENOUGH_RAM:
                return english ? "no available " + n.category() + " with at least " + n.minRamGb() + " GB of RAM"
                        : "aucun " + n.category() + " disponible avec au moins " + n.minRamGb() + " Go de RAM";
            case NOT_ENOUGH_STORAGE:
                return english ? "no available " + n.category() + " with at least " + n.minRamGb()
                        + " GB of RAM and " + n.minStorageGb() + " GB of storage"
                        : "aucun " + n.category() + " disponible avec au moins " + n.minRamGb() + " Go de RAM et "
                        + n.minStorageGb() + " Go de stockage";
            case TAKEN_BY_HIGHER_PRIORITY:
            default:
                return english ? "every matching device went to requests served first (priority or older): "
                        + String.join(", ", u.takenBy())
                        : "tous les appareils qui conviennent sont allés à des demandes servies avant "
                        + "(prioritaires ou plus anciennes) : "
                        + String.join(", ", u.takenBy());
        }
    }
}
