package org.filiere.carbon;

import java.time.Year;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.filiere.device.DeviceCategory;

/**
 * The impact of an inventory: totals and the same sums by category, donor, agreement, site, month and year.
 * Devices without a donor (agreement, site, date) are in the totals but absent from that grouping, so a
 * grouping's sums may be smaller than the totals. Maps are unmodifiable; categories iterate in declaration order,
 * other keys in natural order. Immutable and thread-safe.
 *
 * <p>Results are a <em>contribution to avoided emissions</em>: see {@link ImpactDisclosure} for the wording
 * and caveats that must accompany them.
 *
 * @param factorSetId         id of the factor set used
 * @param factorSetVersion    version of the factor set used
 * @param substitutionRate    S used
 * @param method              method used
 * @param totals              sums over all devices
 * @param byCategory          sums per category present in the inventory
 * @param byDonor             sums per donor id
 * @param byAgreement         sums per agreement id
 * @param bySite              sums per site id
 * @param byMonth             sums per month of the device's date
 * @param byYear              sums per year of the device's date
 * @param uncoveredCategories categories present in the inventory that the factor set does not cover
 */
public record ImpactReport(String factorSetId, String factorSetVersion, double substitutionRate, ImpactMethod method,
                           ImpactTotals totals, Map<DeviceCategory, ImpactTotals> byCategory,
                           Map<String, ImpactTotals> byDonor, Map<String, ImpactTotals> byAgreement,
                           Map<String, ImpactTotals> bySite, Map<YearMonth, ImpactTotals> byMonth,
                           Map<Year, ImpactTotals> byYear, Set<DeviceCategory> uncoveredCategories) {
}
