package org.filiere.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.filiere.FiliereException;
import org.filiere.cession.DonorKind;
import org.filiere.internal.Require;

/**
 * Builds a public donor's proof of reuse (décret n° 2023-266) from the stock: for each device of the agreement,
 * reused (delivered when, through which kind of prescriber, for which priority publics), recycled (when,
 * where, weight) or still in progress. A device delivered then returned counts as reused only once delivered
 * again. Stateless and thread-safe.
 *
 * <pre>{@code
 * ProofOfReuseReport r = ProofOfReuse.report("CONV-2026-014", "Département des Hautes-Alpes",
 *         DonorKind.PUBLIC_INSTITUTION, List.of("INV-0042", "INV-0043"), stock, LocalDate.now(clock));
 * }</pre>
 */
public final class ProofOfReuse {
    private ProofOfReuse() {
    }

    /**
     * The report for an agreement. Throws when the donor is not a public institution: the décret applies to
     * public bodies only.
     */
    public static ProofOfReuseReport report(String agreementId, String donorName, DonorKind donorKind,
                                            List<String> deviceIds, Stock stock, LocalDate asOf) {
        Require.nonNull(stock, "stock");
        if (donorKind != DonorKind.PUBLIC_INSTITUTION) {
            throw new FiliereException("proof of reuse (décret 2023-266) concerns public bodies only")
                    .with("agreement", agreementId).with("donorKind", donorKind);
        }
        List<DeviceFate> fates = new ArrayList<>();
        for (String id : Require.copy(deviceIds, "deviceIds")) {
            fates.add(fate(id, stock));
        }
        return new ProofOfReuseReport(agreementId, donorName, asOf, fates);
    }

    /** What became of one device. */
    public static DeviceFate fate(String deviceId, Stock stock) {
        if (!stock.contains(deviceId)) {
            return new DeviceFate.Untracked(deviceId);
        }
        StockItem item = stock.item(deviceId);
        switch (item.state()) {
            case DELIVERED: {
                Delivery d = item.currentDelivery().orElseThrow();
                return new DeviceFate.Reused(deviceId, d.acceptanceSignedOn(), d.prescriberKind(),
                        d.priorityPublics());
            }
            case RECYCLED: {
                Recycling r = item.recycling();
                return new DeviceFate.Recycled(deviceId, r.on(), r.where(), r.weightKg(), r.reference());
            }
            default:
                return new DeviceFate.InProgress(deviceId, item.state());
        }
    }
}
