package org.filiere.wipe.schedule;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.filiere.FiliereException;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.internal.Require;
import org.filiere.sanitization.Technique;

/**
 * Builds planner tasks from real inputs: a {@link StorageMedium} and the technique to run on it. Overwrites
 * get their passes from the nwipe method, rounds, verification and blanking; firmware erases get their time
 * from the drive's own estimate ({@code hdparm -I}) or a default. Stateless and thread-safe.
 *
 * <pre>{@code
 * Task t = WipeTasks.overwrite(medium, new WipeTasks.NwipeRecipe("zero", 1, WipeTasks.Verify.LAST, true),
 *         WipeTasks.defaultSpeedMBps(medium), null);          // zero + blank + verify last = 3 passes
 * }</pre>
 */
public final class WipeTasks {
    /** Passes per round of each nwipe method ({@code src/method.c}); verification and blanking come on top. */
    private static final Map<String, Integer> METHOD_PASSES = Map.ofEntries(
            Map.entry("zero", 1), Map.entry("quick", 1), Map.entry("one", 1), Map.entry("random", 1),
            Map.entry("prng", 1), Map.entry("stream", 1), Map.entry("dodshort", 3), Map.entry("dod3pass", 3),
            Map.entry("dod522022m", 7), Map.entry("dod", 7), Map.entry("gutmann", 35), Map.entry("ops2", 9),
            Map.entry("is5enh", 3), Map.entry("bruce7", 7), Map.entry("bmb", 6),
            Map.entry("verify_zero", 0), Map.entry("verify_one", 0));

    private WipeTasks() {
    }

    /** nwipe {@code --verify}: off, last pass, or every pass. */
    public enum Verify { OFF, LAST, ALL }

    /**
     * How nwipe is run on a disk.
     *
     * @param method   the nwipe method ({@code zero}, {@code dodshort}, {@code random}…)
     * @param rounds   {@code --rounds}, at least 1
     * @param verify   {@code --verify}
     * @param blanking a final zero pass (false with {@code --noblank}; ignored for ops2, which never blanks)
     */
    public record NwipeRecipe(String method, int rounds, Verify verify, boolean blanking) {
        public NwipeRecipe {
            Require.nonBlank(method, "method");
            Require.that(METHOD_PASSES.containsKey(method.toLowerCase(Locale.ROOT)), "method",
                    "unknown nwipe method");
            Require.that(rounds >= 1, "rounds", "at least one round");
            Require.nonNull(verify, "verify");
        }

        /**
         * Full sequential transfers of the device: rounds × method passes, + 1 blanking pass, + verification
         * reads (1 for the last pass, or one per written pass); the read-only verify methods read once.
         */
        public int passes() {
            String m = method.toLowerCase(Locale.ROOT);
            if (m.startsWith("verify_")) {
                return 1;
            }
            int writes = rounds * METHOD_PASSES.get(m) + (blanking && !m.equals("ops2") ? 1 : 0);
            int reads = switch (verify) {
                case OFF -> m.equals("is5enh") ? 1 : 0; // is5enh always verifies its last PRNG pass
                case LAST -> 1;
                case ALL -> writes;
            };
            return writes + reads;
        }
    }

    /**
     * Default sequential rate of a medium by type (reference "wipe-station physics"; calibrate on site):
     * 3.5"-class 7200 rpm HDD 120 MB/s, 5400 rpm laptop HDD 80 MB/s, old drives under 320 GB 60 MB/s,
     * unknown HDD 90 MB/s; SAS HDD 150; SATA/SAS SSD 450; NVMe 480 (native); USB flash 20; cards 15; eMMC 40.
     */
    public static double defaultSpeedMBps(StorageMedium m) {
        MediaType t = m.type();
        switch (t) {
            case ATA_HDD:
                if (m.capacityBytes() != null && m.capacityBytes() < 320_000_000_000L) {
                    return 60;
                }
                if (m.rotationRpm() == null) {
                    return 90;
                }
                return m.rotationRpm() >= 7200 ? 120 : 80;
            case SCSI_HDD:
                return 150;
            case ATA_SSD:
            case SCSI_SSD:
                return 450;
            case NVME_SSD:
                return 480;
            case USB_FLASH:
                return 20;
            case MEMORY_CARD:
                return 15;
            case EMMC:
                return 40;
            default:
                throw new FiliereException("this medium cannot be overwritten at a station").with("type", t);
        }
    }

    /**
     * An overwrite task for {@code medium}.
     *
     * @param speedMBps measured rate, or {@link #defaultSpeedMBps}
     * @param due       due time (e.g. the agreement's attestation deadline), or null
     * @throws FiliereException when the capacity is unknown
     */
    public static Task.Overwrite overwrite(StorageMedium medium, NwipeRecipe recipe, double speedMBps, Instant due) {
        if (medium.capacityBytes() == null || medium.capacityBytes() <= 0) {
            throw new FiliereException("capacity unknown: cannot plan an overwrite")
                    .with("serial", medium.serialNumber());
        }
        return new Task.Overwrite(medium.serialNumber(), medium.capacityBytes(), speedMBps, recipe.passes(), due);
    }

    /**
     * A firmware erase task. Its duration is the drive's own estimate for ATA security erase
     * ({@code AtaSecurity.eraseMinutes}/{@code enhancedEraseMinutes}, from {@code hdparm -I}) when present,
     * else {@link #defaultFirmwareSeconds}. ATA commands require an ATA pass-through dock.
     */
    public static Task.Firmware firmware(StorageMedium medium, Technique technique, Instant due) {
        Require.that(technique.isFirmware(), "technique", "not a firmware technique");
        Integer minutes = null;
        if (medium.security() != null) {
            minutes = technique == Technique.ATA_SECURITY_ERASE_ENHANCED
                    ? medium.security().enhancedEraseMinutes() : technique == Technique.ATA_SECURITY_ERASE
                    ? medium.security().eraseMinutes() : null;
        }
        long seconds = minutes != null ? minutes * 60L : defaultFirmwareSeconds(medium, technique);
        return new Task.Firmware(medium.serialNumber(), seconds, technique.isAta(), due);
    }

    /**
     * Default firmware durations when the drive gives none: crypto erases 60 s; flash block erase, sanitize and
     * NVMe format 120 s (reference: SSD security erase "2min"); on magnetic disks an erase that overwrites
     * (security erase, sanitize overwrite) takes about one pass at the default rate.
     */
    public static long defaultFirmwareSeconds(StorageMedium m, Technique t) {
        String name = t.name();
        if (name.contains("CRYPTO")) {
            return 60;
        }
        if (!m.type().isFlash() && m.capacityBytes() != null) {
            return (long) Math.ceil(m.capacityBytes() / 1e6 / defaultSpeedMBps(m));
        }
        return 120;
    }
}
