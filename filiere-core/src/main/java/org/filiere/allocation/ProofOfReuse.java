package org.filiere.allocation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filiere.FiliereException;
import org.filiere.cession.CessionAgreement;
import org.filiere.cession.DonorKind;
import org.filiere.custody.CustodyEvent;
import org.filiere.custody.DeviceHistory;
import org.filiere.custody.DeviceState;
import org.filiere.device.Device;
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

    /**
     * The report for a public body's agreement from the custody histories of its devices (matched by the
     * device identifier: serial number, else inventory number). The prescriber kind of a delivery is looked up by the
     * prescriber id recorded in the {@link CustodyEvent.Delivered} event, OTHER when unknown; custody events do
     * not carry priority publics, so they are empty. Dates are in the clock's zone; the report is as of the
     * clock's today. Throws when the donor is not a public body.
     */
    public static ProofOfReuseReport report(CessionAgreement agreement, Collection<DeviceHistory> histories,
                                            Map<String, Prescriber> prescribersById, Clock clock) {
        Require.nonNull(agreement, "agreement");
        Require.nonNull(clock, "clock");
        if (!agreement.donor().isPublic()) {
            throw new FiliereException("proof of reuse (décret 2023-266) concerns public bodies only")
                    .with("agreement", agreement.id()).with("donorKind", agreement.donor().kind());
        }
        Map<String, DeviceHistory> byId = new HashMap<>();
        for (DeviceHistory h : Require.copy(histories, "histories")) {
            h.device().identifier().ifPresent(id -> byId.put(id, h));
        }
        List<DeviceFate> fates = new ArrayList<>();
        for (Device d : agreement.devices()) {
            String id = d.identifier().orElseThrow(() -> new FiliereException("agreement device without identifier")
                    .with("agreement", agreement.id()));
            DeviceHistory h = byId.get(id);
            fates.add(h == null ? new DeviceFate.Untracked(id) : fate(id, h, prescribersById, clock));
        }
        return new ProofOfReuseReport(agreement.id(), agreement.donor().name(), LocalDate.now(clock), fates);
    }

    /** What became of one device according to its custody history. */
    public static DeviceFate fate(String id, DeviceHistory h, Map<String, Prescriber> prescribersById,
                                  Clock clock) {
        ZoneId zone = clock.getZone();
        CustodyEvent last = null;
        for (CustodyEvent e : h.events()) {
            if (e instanceof CustodyEvent.Delivered || e instanceof CustodyEvent.Recycled) {
                last = e;
            }
        }
        if (h.state() == DeviceState.DELIVERED && last instanceof CustodyEvent.Delivered d) {
            Prescriber p = prescribersById == null ? null : prescribersById.get(d.prescriber());
            return new DeviceFate.Reused(id, d.acceptanceSignedOn(), p == null ? PrescriberKind.OTHER : p.kind(),
                    Set.of());
        }
        if (h.state() == DeviceState.RECYCLED && last instanceof CustodyEvent.Recycled r) {
            return new DeviceFate.Recycled(id, LocalDate.ofInstant(r.at(), zone), r.recycler(), r.weightKg(),
                    r.slipNumber());
        }
        if (h.state() == DeviceState.NOT_RECEIVED) {
            return new DeviceFate.Untracked(id);
        }
        return new DeviceFate.InProgress(id, CustodyStock.state(h, clock.instant()));
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
