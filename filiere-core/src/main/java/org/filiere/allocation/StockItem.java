package org.filiere.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.filiere.device.DeviceCategory;
import org.filiere.internal.Require;

/**
 * One device's allocation record: specs, state and what happened to it (preparations, reservation,
 * deliveries, returns, recycling). Built only by {@link Stock}, which enforces the transitions of
 * {@link StockState}. Immutable.
 *
 * @param id             device identifier
 * @param category       category
 * @param ramGb          memory in GB
 * @param storageGb      storage in GB
 * @param state          state as recorded; use {@link Stock#item} for the state at the clock's now
 * @param availableSince when it last became available, or null
 * @param reservation    the current reservation, or null
 * @param preparations   every preparation, oldest first
 * @param deliveries     every delivery, oldest first
 * @param returns        every return, oldest first
 * @param recycling      the recycling record, or null
 */
public record StockItem(String id, DeviceCategory category, int ramGb, int storageGb, StockState state,
                        LocalDate availableSince, Reservation reservation, List<Preparation> preparations,
                        List<Delivery> deliveries, List<Return> returns, Recycling recycling) {
    public StockItem {
        Require.nonBlank(id, "item.id");
        Require.nonNull(category, "item.category");
        Require.nonNegative(ramGb, "item.ramGb");
        Require.nonNegative(storageGb, "item.storageGb");
        Require.nonNull(state, "item.state");
        preparations = Require.copy(preparations, "item.preparations");
        deliveries = Require.copy(deliveries, "item.deliveries");
        returns = Require.copy(returns, "item.returns");
        Require.that((state == StockState.RESERVED) == (reservation != null), "item.reservation",
                "a reservation exists exactly when the device is RESERVED");
        Require.that((state == StockState.RECYCLED) == (recycling != null), "item.recycling",
                "a recycling record exists exactly when the device is RECYCLED");
    }

    /** The delivery in force: the last one when the device is DELIVERED. */
    public Optional<Delivery> currentDelivery() {
        return state == StockState.DELIVERED ? Optional.of(deliveries.get(deliveries.size() - 1)) : Optional.empty();
    }

    /** The view the matcher uses. */
    public StockDevice toStockDevice() {
        return new StockDevice(id, category, ramGb, storageGb, state,
                state == StockState.AVAILABLE ? availableSince : null);
    }

    StockItem with(StockState newState, LocalDate newAvailableSince, Reservation newReservation) {
        return new StockItem(id, category, ramGb, storageGb, newState, newAvailableSince, newReservation,
                preparations, deliveries, returns, recycling);
    }
}
