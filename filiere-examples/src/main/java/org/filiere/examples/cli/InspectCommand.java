package org.filiere.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.filiere.FiliereException;
import org.filiere.wipe.ToolOutputException;
import org.filiere.wipe.discovery.InspectedMedium;
import org.filiere.wipe.discovery.Inspector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code filiere inspect FILE... [--json]}: reads saved outputs of {@code hdparm -I}, {@code nvme id-ctrl -o json}
 * (or its text), {@code smartctl -j -a} and {@code lsblk -J -O -b}, recognised by content, and prints what they
 * say about each medium. Exit 0; 2 when a file cannot be read or recognised (the message names it).
 * Not thread-safe: picocli fills one instance per invocation.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Lit des sorties enregistrées de hdparm -I, nvme id-ctrl, smartctl -j -a, lsblk -J -O -b.",
            "Reads saved outputs of hdparm -I, nvme id-ctrl, smartctl -j -a, lsblk -J -O -b."})
public final class InspectCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Saved tool outputs.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<InspectedMedium> media = new ArrayList<>();
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new FiliereException(common.lang.t("fichier illisible", "cannot read file"), e)
                        .with("file", f);
            }
            try {
                media.addAll(Inspector.inspect(text));
            } catch (ToolOutputException e) {
                throw new FiliereException(common.lang.t("format non reconnu ou sortie mal formée",
                        "unrecognised format or malformed output") + ": " + e.getMessage(), e).with("file", f);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            CommonOptions.printJson(out, media);
            return ExitCodes.OK;
        }
        Lang l = common.lang;
        for (InspectedMedium m : media) {
            out.printf("[%s] %s %s%n", m.source(), nz(m.model()), nz(m.serialNumber()));
            out.printf("  %s : %s, %s%n", l.t("type", "type"), m.mediaType() == null ? "?" : m.mediaType(),
                    m.capacityBytes() == null ? "?" : m.capacityBytes() + l.t(" octets", " bytes"));
            if (m.rotationRpm() != null) {
                out.printf("  %s : %d tr/min%n", l.t("rotation", "rotation"), m.rotationRpm());
            }
            if (m.security() != null) {
                out.printf("  %s : %s%s%s%n", l.t("sécurité ATA", "ATA security"),
                        m.security().supported() ? l.t("prise en charge", "supported") : l.t("absente", "absent"),
                        m.security().frozen() ? l.t(", gelée", ", frozen") : "",
                        m.security().locked() ? l.t(", verrouillée", ", locked") : "");
            }
            if (m.smart() != null) {
                out.printf("  SMART : %s%s%n", m.smart().passed() == null ? "?" : m.smart().passed()
                        ? l.t("OK", "passed") : l.t("ÉCHEC", "FAILED"), m.smart().flaggedForDestruction()
                        ? l.t(" — à détruire", " — flag for destruction") : "");
            }
            out.printf("  %s : %s%n", l.t("techniques", "techniques"), m.capabilities());
            for (String w : m.warnings()) {
                out.printf("  ! %s%n", w);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }
}
