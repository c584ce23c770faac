package org.filiere.reporting.impact;

import org.filiere.device.DeviceCategory;
import org.filiere.internal.Require;

/**
 * One category on an impact sheet: devices by outcome, avoided emissions with their range, e-waste. Immutable.
 *
 * @param category          the category
 * @param count             devices
 * @param reused            reused (refurbished and given)
 * @param recycled          sent to recycling
 * @param destroyed         destroyed
 * @param avoidedKgCO2e     central estimate of the contribution to avoided emissions
 * @param avoidedKgCO2eLow  low end of the range
 * @param avoidedKgCO2eHigh high end of the range
 * @param eWasteAvoidedKg   mass kept in use (reused devices)
 */
public record CategoryLine(DeviceCategory category, long count, long reused, long recycled, long destroyed,
                           double avoidedKgCO2e, double avoidedKgCO2eLow, double avoidedKgCO2eHigh,
                           double eWasteAvoidedKg) {
    public CategoryLine {
        Require.nonNull(category, "category");
        Require.that(reused + recycled + destroyed == count, "count", "outcomes must add up to the count");
        Require.that(avoidedKgCO2eLow <= avoidedKgCO2e && avoidedKgCO2e <= avoidedKgCO2eHigh, "avoidedKgCO2e",
                "the central value must lie within its range");
    }
}
