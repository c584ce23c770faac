package org.filiere.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.filiere.device.Functionality;
import org.filiere.device.Grade;
import org.filiere.internal.Require;

/**
 * What the hub did to a device before it can be offered: sanitized (erasure certified, or a clean reinstall
 * for an individual's device), refurbished with Linux Mint, graded. Immutable.
 *
 * <p>Linux Mint is the network's reference system and installing Windows is excluded by the workshop report,
 * so {@link #problems()} refuses any other system.
 *
 * @param sanitized       whether the device's storage was sanitized to the level its donor requires
 * @param operatingSystem the installed system as recorded, e.g. {@code "Linux Mint 22.1 Cinnamon"}
 * @param grade           the grade given; functionality D (does not work without repair) is unfit
 * @param completedOn     when the preparation was completed
 */
public record Preparation(boolean sanitized, String operatingSystem, Grade grade, LocalDate completedOn) {
    public Preparation {
        Require.nonBlank(operatingSystem, "preparation.operatingSystem");
        Require.nonNull(grade, "preparation.grade");
        Require.nonNull(completedOn, "preparation.completedOn");
    }

    /** Why the device cannot be made available, empty when it can. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (!sanitized) {
            out.add("not sanitized");
        }
        if (!operatingSystem.toLowerCase(Locale.ROOT).contains("linux mint")) {
            out.add("operating system is not Linux Mint: " + operatingSystem);
        }
        if (grade.functionality() == Functionality.D) {
            out.add("graded unfit (functionality D)");
        }
        return List.copyOf(out);
    }

    /** Whether the device can be made available. */
    public boolean isReady() {
        return problems().isEmpty();
    }
}
