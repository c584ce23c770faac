package org.filiere.allocation;

import java.math.BigDecimal;
import java.util.Optional;
import org.filiere.device.DeviceCategory;

/**
 * The solidarity resale price caps, TTC, for equipment from public bodies resold by an allowed association
 * (décret of 7 November 2022, JO 9 November 2022; applying CGPPP L3212-2 3° as amended by loi 3DS art. 178).
 * The caps concern equipment in working order with its charger, disk, system and a working battery.
 */
public enum PriceCap {
    LAPTOP(180),
    /** Desktop unit with screen, keyboard and mouse. */
    DESKTOP_SET(150),
    TABLET(100),
    SMARTPHONE(100),
    SCREEN(30),
    PRINTER(30),
    MULTIFUNCTION(170);

    private final BigDecimal maxTtcEur;

    PriceCap(int maxTtcEur) {
        this.maxTtcEur = BigDecimal.valueOf(maxTtcEur);
    }

    /** The cap in euros TTC. */
    public BigDecimal maxTtcEur() {
        return maxTtcEur;
    }

    /**
     * The cap for a device category. An all-in-one counts as a desktop set (it is one: unit and screen);
     * a printer that is a multifunction device gets the multifunction cap. Servers, peripherals and other
     * devices have no cap in the decree: empty.
     */
    public static Optional<PriceCap> forDevice(DeviceCategory category, boolean multifunction) {
        switch (category) {
            case LAPTOP:
                return Optional.of(LAPTOP);
            case DESKTOP:
            case ALL_IN_ONE:
                return Optional.of(DESKTOP_SET);
            case TABLET:
                return Optional.of(TABLET);
            case SMARTPHONE:
                return Optional.of(SMARTPHONE);
            case SCREEN:
                return Optional.of(SCREEN);
            case PRINTER:
                return Optional.of(multifunction ? MULTIFUNCTION : PRINTER);
            default:
                return Optional.empty();
        }
    }
}
