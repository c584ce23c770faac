package org.filiere.device;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.filiere.FiliereException;
import org.filiere.internal.Require;

/**
 * One donated device (a laptop, a desktop, a screen...) with its storage media. Each medium is traceable
 * on its own ({@link StorageMedium}): it can be pulled, erased, destroyed or replaced.
 *
 * <p>A device as a donation agreement declares it may be incomplete: the agreement rules
 * ({@code org.filiere.cession.CessionRule#DEVICE_IDENTIFIER}) report a missing category or identifier
 * rather than this constructor refusing it, so that every problem of a document is reported at once.
 * A device must be {@linkplain #isIdentified() identified} to enter custody
 * ({@code org.filiere.custody.DeviceHistory}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Device laptop = Device.builder(DeviceCategory.LAPTOP).manufacturer("Dell").model("Latitude 5420")
 *         .serialNumber("7XK2Q73").inventoryNumber("INV-0042").declaredValueEur(new BigDecimal("120"))
 *         .media(List.of(StorageMedium.of(MediaType.ATA_SSD, "S4EVNX0N123456", 256060514304L)))
 *         .build();
 * }</pre>
 *
 * @param category         what kind of device, or null when the agreement does not say
 * @param manufacturer     the manufacturer, or null
 * @param model            the model, or null
 * @param serialNumber     the manufacturer's serial number, or null
 * @param inventoryNumber  the donor's inventory number (n° d'inventaire, required of public bodies), or null
 * @param declaredValueEur the unit value the donor declares, in euros, or null
 * @param specs            processor, memory, storage ({@link DeviceSpecs#UNKNOWN} when null is given)
 * @param grade            the grading after tests, or null before grading
 * @param media            its storage media (empty for a screen), in order
 */
public record Device(DeviceCategory category, String manufacturer, String model, String serialNumber,
                     String inventoryNumber, BigDecimal declaredValueEur, DeviceSpecs specs, Grade grade,
                     List<StorageMedium> media) {
    public Device {
        serialNumber = blankToNull(serialNumber);
        inventoryNumber = blankToNull(inventoryNumber);
        Require.that(declaredValueEur == null || declaredValueEur.signum() >= 0, "declaredValueEur",
                "a declared value must not be negative");
        specs = specs == null ? DeviceSpecs.UNKNOWN : specs;
        media = Require.copy(media, "media");
    }

    /** Starts a builder for a device of {@code category}. */
    public static Builder builder(DeviceCategory category) {
        return new Builder(category);
    }

    /** True when the device has a category and a serial or inventory number: it can then enter custody. */
    public boolean isIdentified() {
        return category != null && identifier().isPresent();
    }

    /** The serial number, else the inventory number, else empty. */
    public Optional<String> identifier() {
        return Optional.ofNullable(serialNumber != null ? serialNumber : inventoryNumber);
    }

    /** The medium with this serial (compared as {@link #sameSerial} does), or empty. */
    public Optional<StorageMedium> medium(String serial) {
        return media.stream().filter(m -> sameSerial(m.serialNumber(), serial)).findFirst();
    }

    /**
     * True when two serial numbers name the same medium: tools print serials with padding and in varying
     * case (hdparm pads with spaces, some USB bridges lower-case), so they are compared trimmed and
     * case-insensitively.
     */
    public static boolean sameSerial(String a, String b) {
        return a != null && b != null && normalizeSerial(a).equals(normalizeSerial(b));
    }

    /** The canonical form used to compare serial numbers: trimmed, upper case. */
    public static String normalizeSerial(String serial) {
        return serial.trim().toUpperCase(Locale.ROOT);
    }

    /** Returns a copy with {@code grade}. */
    public Device withGrade(Grade grade) {
        return new Device(category, manufacturer, model, serialNumber, inventoryNumber, declaredValueEur, specs,
                grade, media);
    }

    /** Throws unless no two media share a serial; used where duplicates are misuse, not document errors. */
    public Device requireDistinctMediumSerials() {
        Set<String> seen = new HashSet<>();
        for (StorageMedium m : media) {
            if (!seen.add(normalizeSerial(m.serialNumber()))) {
                throw new FiliereException("two media of a device share a serial number")
                        .with("serial", m.serialNumber());
            }
        }
        return this;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Mutable builder for {@link Device}; not thread-safe. */
    public static final class Builder {
        private final DeviceCategory category;
        private String manufacturer;
        private String model;
        private String serialNumber;
        private String inventoryNumber;
        private BigDecimal declaredValueEur;
        private DeviceSpecs specs = DeviceSpecs.UNKNOWN;
        private Grade grade;
        private List<StorageMedium> media = List.of();

        private Builder(DeviceCategory category) {
            this.category = category;
        }

        public Builder manufacturer(String v) {
            manufacturer = v;
            return this;
        }

        public Builder model(String v) {
            model = v;
            return this;
        }

        public Builder serialNumber(String v) {
            serialNumber = v;
            return this;
        }

        public Builder inventoryNumber(String v) {
            inventoryNumber = v;
            return this;
        }

        public Builder declaredValueEur(BigDecimal v) {
            declaredValueEur = v;
            return this;
        }

        public Builder specs(DeviceSpecs v) {
            specs = v;
            return this;
        }

        public Builder grade(Grade v) {
            grade = v;
            return this;
        }

        public Builder media(List<StorageMedium> v) {
            media = v;
            return this;
        }

        public Device build() {
            return new Device(category, manufacturer, model, serialNumber, inventoryNumber, declaredValueEur,
                    specs, grade, media);
        }
    }
}
