package org.filiere.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.filiere.device.MediaType;
import org.filiere.sanitization.Technique;
import org.filiere.wipe.discovery.DiscoveredDrive;
import org.filiere.wipe.discovery.DriveDiscovery;
import org.filiere.wipe.guard.GuardRequest;
import org.filiere.wipe.guard.GuardVerdict;
import org.filiere.wipe.guard.Refusal;
import org.filiere.wipe.guard.SafetyGuard;
import org.filiere.wipe.process.ProcessRunner;
import org.filiere.wipe.process.SystemProcessRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code filiere drives [--json]}: lists the drives of this station (lsblk, smartctl, hdparm, nvme-cli) with what
 * the safety guard thinks of each (mounted, system disk...). Read-only: nothing is written to any drive.
 * Not thread-safe: picocli fills one instance per invocation.
 */
@Command(name = "drives", mixinStandardHelpOptions = true,
        description = {"Liste les disques de la station et l'avis du garde-fou sur chacun (lecture seule).",
            "Lists the station's drives and the safety guard's verdict on each (read-only)."})
public final class DrivesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    /** One drive in the JSON output. */
    public record DriveView(String device, String model, String serialNumber, Long capacityBytes,
                            MediaType mediaType, String transport, Boolean smartPassed, Long reallocatedSectors,
                            Long pendingSectors, Long powerOnHours, boolean flaggedForDestruction,
                            boolean wipeAllowed, List<Refusal> refusals, List<Technique> capabilities,
                            List<String> warnings) {
    }

    @Override
    public Integer call() {
        ProcessRunner runner = new SystemProcessRunner();
        SafetyGuard guard = SafetyGuard.system(runner);
        List<DriveView> views = new ArrayList<>();
        for (DiscoveredDrive d : new DriveDiscovery(runner).discover()) {
            GuardVerdict v = guard.check(GuardRequest.named(d.device(), null));
            List<Technique> caps = d.medium() == null ? List.of()
                    : new ArrayList<>(d.medium().supportedTechniques());
            views.add(new DriveView(d.device().toString(), d.block().model(), d.medium() == null ? d.block().serial()
                    : d.medium().serialNumber(), d.block().sizeBytes(), d.medium() == null ? null : d.medium().type(),
                    d.block().transport(), d.smart() == null ? null : d.smart().passed(),
                    d.smart() == null ? null : d.smart().reallocatedSectors(),
                    d.smart() == null ? null : d.smart().pendingSectors(),
                    d.smart() == null ? null : d.smart().powerOnHours(), d.flaggedForDestruction(), v.allowed(),
                    v.refusals(), caps, d.warnings()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            CommonOptions.printJson(out, views);
            return ExitCodes.OK;
        }
        Lang l = common.lang;
        if (views.isEmpty()) {
            out.println(l.t("Aucun disque trouvé.", "No drive found."));
        }
        for (DriveView d : views) {
            out.printf("%s  %s  %s  %s%n", d.device(), d.mediaType() == null ? "?" : d.mediaType(),
                    d.model() == null ? "?" : d.model(), d.serialNumber() == null ? "?" : d.serialNumber());
            out.printf("  %s%n", d.wipeAllowed() ? l.t("effaçable (garde-fou : OK)", "may be wiped (guard: OK)")
                    : l.t("REFUSÉ par le garde-fou", "REFUSED by the safety guard"));
            for (Refusal r : d.refusals()) {
                out.printf("    - %s : %s%n", r.reason(), r.detail());
            }
            if (d.flaggedForDestruction()) {
                out.println(l.t("  SMART en échec : à détruire, ne pas réemployer",
                        "  SMART failing: destroy, do not reuse"));
            }
            for (String w : d.warnings()) {
                out.printf("  ! %s%n", w);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
