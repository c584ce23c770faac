package org.filiere.carbon;

/**
 * The impact of one device. For a reused device of a covered category:
 * {@code avoided = S × (share × E_new − E_refurb)}; recycled and destroyed devices, and devices whose category
 * the factor set does not cover, avoid nothing. {@code avoidedLow ≤ avoided ≤ avoidedHigh} always. Immutable.
 *
 * @param device              the device
 * @param covered             false when the factor set has no factor for the category (mass and E_new are then 0)
 * @param newKgCO2e           E_new of the category (0 when not covered)
 * @param massKg              mass of the device from the factor set (0 when not covered)
 * @param refurbishmentKgCO2e E_refurb = transport + parts + erasure (0 unless reused)
 * @param avoidedKgCO2e       central value
 * @param avoidedKgCO2eLow    low end of the range
 * @param avoidedKgCO2eHigh   high end of the range
 */
public record DeviceImpact(DonatedDevice device, boolean covered, double newKgCO2e, double massKg,
                           double refurbishmentKgCO2e, double avoidedKgCO2e, double avoidedKgCO2eLow,
                           double avoidedKgCO2eHigh) {
}
