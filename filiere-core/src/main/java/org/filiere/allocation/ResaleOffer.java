package org.filiere.allocation;

import java.math.BigDecimal;
import org.filiere.cession.DonorKind;
import org.filiere.device.DeviceCategory;
import org.filiere.internal.Require;

/**
 * A proposed resale of a donated device at a solidarity price. Immutable.
 *
 * @param deviceId      the device
 * @param category      its category
 * @param multifunction for a printer: whether it is a multifunction device
 * @param donorKind     who gave it to the network
 * @param seller        the status of the association that resells it
 * @param buyer         who buys it
 * @param priceTtcEur   the price, euros TTC, 0 or more
 */
public record ResaleOffer(String deviceId, DeviceCategory category, boolean multifunction, DonorKind donorKind,
                          Seller seller, Buyer buyer, BigDecimal priceTtcEur) {
    public ResaleOffer {
        Require.nonBlank(deviceId, "deviceId");
        Require.nonNull(category, "category");
        Require.nonNull(donorKind, "donorKind");
        Require.nonNull(seller, "seller");
        Require.nonNull(buyer, "buyer");
        Require.nonNull(priceTtcEur, "priceTtcEur");
        Require.that(priceTtcEur.signum() >= 0, "priceTtcEur", "price must not be negative");
    }

    /** The seller's status; only RUP and intérêt-général associations may resell a public body's device. */
    public enum Seller {
        /** Association reconnue d'utilité publique. */
        PUBLIC_UTILITY_ASSOCIATION,
        /** Association d'intérêt général equipping, training and supporting people in precarity. */
        GENERAL_INTEREST_ASSOCIATION,
        /** Any other recipient (parents' or student association, ESUS...): resale forbidden. */
        OTHER
    }

    /** Who may buy at a solidarity price: people in precarity or associations serving them. */
    public enum Buyer {
        PERSON_IN_PRECARITY, ASSOCIATION_SERVING_PRECARIOUS, OTHER
    }
}
