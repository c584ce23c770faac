package org.filiere.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.filiere.cession.DonorKind;
import org.filiere.validation.Violation;

/**
 * Checks resales of devices that came from public bodies. The rule (CGPPP L3212-2 3°, loi 3DS art. 178,
 * décret of 7 November 2022): such a device may not be resold, except by a RUP or intérêt-général association,
 * to people in precarity or associations serving them, at a price no higher than the cap of its
 * {@link PriceCap}. Devices from other donors are not concerned. Problems are returned as {@link Violation}s,
 * all at once. Stateless and thread-safe.
 *
 * <p>Rules: {@code RESALE_NOT_ALLOWED} (the seller may not resell), {@code RESALE_BUYER_NOT_ELIGIBLE},
 * {@code RESALE_CATEGORY_WITHOUT_CAP} (the decree sets no cap for servers, peripherals and others: resale not
 * covered), {@code SOLIDARITY_PRICE_CAP} (price above the cap).
 *
 * <pre>{@code
 * List<Violation> v = SolidarityResale.check(offers);
 * }</pre>
 */
public final class SolidarityResale {
    private SolidarityResale() {
    }

    /** Checks one offer; paths are relative to it ({@code priceTtcEur}). */
    public static List<Violation> check(ResaleOffer offer) {
        return check(offer, "");
    }

    /** Checks several offers; paths are {@code resales[i].field}. */
    public static List<Violation> check(List<ResaleOffer> offers) {
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            out.addAll(check(offers.get(i), "resales[" + i + "]."));
        }
        return List.copyOf(out);
    }

    private static List<Violation> check(ResaleOffer o, String prefix) {
        if (o.donorKind() != DonorKind.PUBLIC_INSTITUTION) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        if (o.seller() == ResaleOffer.Seller.OTHER) {
            out.add(new Violation(prefix + "seller", "RESALE_NOT_ALLOWED", "device " + o.deviceId()
                    + " comes from a public body: only a RUP or intérêt-général association may resell it"));
        }
        if (o.buyer() == ResaleOffer.Buyer.OTHER) {
            out.add(new Violation(prefix + "buyer", "RESALE_BUYER_NOT_ELIGIBLE", "device " + o.deviceId()
                    + " may be resold only to people in precarity or associations serving them"));
        }
        Optional<PriceCap> cap = PriceCap.forDevice(o.category(), o.multifunction());
        if (cap.isEmpty()) {
            out.add(new Violation(prefix + "category", "RESALE_CATEGORY_WITHOUT_CAP", "device " + o.deviceId()
                    + ": the decree sets no solidarity price for " + o.category() + ", resale is not covered"));
        } else if (o.priceTtcEur().compareTo(cap.get().maxTtcEur()) > 0) {
            out.add(new Violation(prefix + "priceTtcEur", "SOLIDARITY_PRICE_CAP", "device " + o.deviceId()
                    + ": " + o.priceTtcEur().toPlainString() + " € TTC exceeds the " + cap.get() + " cap of "
                    + cap.get().maxTtcEur().toPlainString() + " € TTC"));
        }
        return List.copyOf(out);
    }
}
