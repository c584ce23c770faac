package org.filiere.wipe.discovery;

import java.nio.file.Path;
import java.util.List;
import org.filiere.device.StorageMedium;
import org.filiere.internal.Require;
import org.filiere.wipe.hdparm.HdparmIdentify;
import org.filiere.wipe.nvme.NvmeController;

/**
 * One drive found on the station, with what each tool said. Immutable.
 *
 * @param device                the device node
 * @param block                 lsblk's view
 * @param medium                the medium, or null when its type cannot be decided (loop devices, unknown
 *                              transports); its serial falls back to {@code path:/dev/X} when the drive has none
 * @param smart                 smartctl's report, or null when smartctl could not read it
 * @param identify              {@code hdparm -I}, or null (not ATA, no pass-through)
 * @param nvme                  {@code nvme id-ctrl}, or null (not NVMe)
 * @param flaggedForDestruction SMART says the drive is failing: destroy it, do not reuse it
 * @param warnings              notes for the operator
 */
public record DiscoveredDrive(Path device, BlockDevice block, StorageMedium medium, SmartReport smart,
                              HdparmIdentify identify, NvmeController nvme, boolean flaggedForDestruction,
                              List<String> warnings) {
    public DiscoveredDrive {
        Require.nonNull(device, "device");
        Require.nonNull(block, "block");
        warnings = Require.copy(warnings, "warnings");
    }
}
