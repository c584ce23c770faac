package org.filiere.carbon;

/**
 * Sums over a group of devices (all of an inventory, or one donor, agreement, category, site or period).
 * Immutable.
 *
 * <p>{@code eWasteAvoidedKg} is the mass of the <em>reused</em> devices: equipment kept out of the waste stream
 * because it got a second life (reference §4.4, "DEEE évités"; the device masses of the factor set).
 * {@code eWasteRoutedKg} is the mass of recycled devices sent to a proper recycling route, and
 * {@code destroyedKg} the mass of destroyed devices. Devices of a category the set does not cover add 0 kg and
 * are counted in {@code uncoveredCount}.
 *
 * @param deviceCount            all devices
 * @param reusedCount            devices reused
 * @param recycledCount          devices recycled
 * @param destroyedCount         devices destroyed
 * @param uncoveredCount         devices whose category the factor set does not cover
 * @param avoidedKgCO2e          contribution to avoided emissions, central value
 * @param avoidedKgCO2eLow       low end
 * @param avoidedKgCO2eHigh      high end
 * @param refurbishmentKgCO2e    refurbishment burden of the reused devices (already netted out of avoided)
 * @param eWasteAvoidedKg        mass of reused devices
 * @param eWasteRoutedKg         mass of recycled devices
 * @param destroyedKg            mass of destroyed devices
 */
public record ImpactTotals(long deviceCount, long reusedCount, long recycledCount, long destroyedCount,
                           long uncoveredCount, double avoidedKgCO2e, double avoidedKgCO2eLow,
                           double avoidedKgCO2eHigh, double refurbishmentKgCO2e, double eWasteAvoidedKg,
                           double eWasteRoutedKg, double destroyedKg) {

    /** Totals of no device. */
    public static final ImpactTotals EMPTY = new ImpactTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Mutable running sums; confined to one thread (the calculator's loop). */
    static final class Accumulator {
        long deviceCount;
        long reusedCount;
        long recycledCount;
        long destroyedCount;
        long uncoveredCount;
        double avoided;
        double avoidedLow;
        double avoidedHigh;
        double refurbishment;
        double eWasteAvoided;
        double eWasteRouted;
        double destroyed;

        void add(DeviceImpact impact) {
            deviceCount++;
            if (!impact.covered()) {
                uncoveredCount++;
            }
            switch (impact.device().outcome()) {
                case REUSED -> {
                    reusedCount++;
                    eWasteAvoided += impact.massKg();
                    refurbishment += impact.refurbishmentKgCO2e();
                }
                case RECYCLED -> {
                    recycledCount++;
                    eWasteRouted += impact.massKg();
                }
                case DESTROYED -> {
                    destroyedCount++;
                    destroyed += impact.massKg();
                }
                default -> throw new IllegalStateException("unknown outcome " + impact.device().outcome());
            }
            avoided += impact.avoidedKgCO2e();
            avoidedLow += impact.avoidedKgCO2eLow();
            avoidedHigh += impact.avoidedKgCO2eHigh();
        }

        ImpactTotals freeze() {
            return new ImpactTotals(deviceCount, reusedCount, recycledCount, destroyedCount, uncoveredCount,
                    avoided, avoidedLow, avoidedHigh, refurbishment, eWasteAvoided, eWasteRouted, destroyed);
        }
    }
}
