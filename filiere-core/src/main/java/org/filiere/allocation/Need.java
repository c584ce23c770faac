package org.filiere.allocation;

import java.util.EnumSet;
import java.util.Set;
import org.filiere.device.DeviceCategory;
import org.filiere.internal.Require;

/**
 * What a beneficiary needs: a device category, minimum memory and storage, and accessibility needs.
 * Immutable.
 *
 * @param category      the category the device must have (equality, no substitution)
 * @param minRamGb      the minimum RAM in GB, 0 when unstated
 * @param minStorageGb  the minimum storage in GB, 0 when unstated
 * @param accessibility accessibility needs, passed to the mediator (see {@link AccessibilityNeed})
 */
public record Need(DeviceCategory category, int minRamGb, int minStorageGb, Set<AccessibilityNeed> accessibility) {
    public Need {
        Require.nonNull(category, "need.category");
        Require.nonNegative(minRamGb, "need.minRamGb");
        Require.nonNegative(minStorageGb, "need.minStorageGb");
        accessibility = accessibility == null || accessibility.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(accessibility));
    }

    /** A need of this category with no minimum and no accessibility need. */
    public static Need of(DeviceCategory category) {
        return new Need(category, 0, 0, Set.of());
    }

    /** Whether a device of this category and these specs reaches the need. */
    public boolean isMetBy(DeviceCategory deviceCategory, int ramGb, int storageGb) {
        return category == deviceCategory && ramGb >= minRamGb && storageGb >= minStorageGb;
    }
}
