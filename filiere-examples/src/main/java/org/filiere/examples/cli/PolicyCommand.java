package org.filiere.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.filiere.cession.Confidentiality;
import org.filiere.cession.DonorKind;
import org.filiere.device.MediaType;
import org.filiere.sanitization.AcceptableTechnique;
import org.filiere.sanitization.DriveContext;
import org.filiere.sanitization.Rejection;
import org.filiere.sanitization.Sanitization;
import org.filiere.sanitization.SanitizationDecision;
import org.filiere.sanitization.SanitizationPolicy;
import org.filiere.sanitization.StandardReference;
import org.filiere.sanitization.Technique;
import org.filiere.sanitization.VerificationRequirement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code filiere policy}: which level a medium needs and which techniques reach it on this drive at this
 * station, with the verification each needs and the standard behind it (contract: {@code cli.md}).
 * Always exits 0 once the options parse: a decision, even destruction, is an answer, not a problem.
 * Not thread-safe: picocli creates and fills one instance per invocation.
 */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = {"Niveau d'effacement requis et techniques acceptables pour un support.",
            "Required sanitization level and acceptable techniques for a medium."})
public final class PolicyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--media", required = true, paramLabel = "TYPE",
            description = "Media type: ${COMPLETION-CANDIDATES}.")
    MediaType media;

    @Option(names = "--donor", required = true, paramLabel = "KIND",
            description = "Donor kind: ${COMPLETION-CANDIDATES}.")
    DonorKind donor;

    @Option(names = "--confidentiality", paramLabel = "C",
            description = "Confidentiality stated by the agreement: ${COMPLETION-CANDIDATES} (absent: policy default).")
    Confidentiality confidentiality;

    @Option(names = "--capability", paramLabel = "T",
            description = "A technique the drive supports (repeatable): ${COMPLETION-CANDIDATES}.")
    List<Technique> capabilities = new ArrayList<>();

    @Option(names = "--frozen", description = "The drive's ATA security is frozen.")
    boolean frozen;

    @Option(names = "--station-ata-pass-through", arity = "1", defaultValue = "true", paramLabel = "true|false",
            description = "Whether the station can send ATA commands to this drive (default: ${DEFAULT-VALUE}).")
    boolean ataPassThrough = true;

    @Override
    public Integer call() {
        DriveContext drive = DriveContext.of(media).withCapabilities(capabilities).withSecurityFrozen(frozen)
                .withAtaPassThrough(ataPassThrough);
        SanitizationDecision d = Sanitization.decide(SanitizationPolicy.standard(), donor, confidentiality, drive);
        Locale locale = common.lang.locale();
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            CommonOptions.printJson(out, toJson(d, locale));
        } else {
            printHuman(out, d, locale);
        }
        return ExitCodes.OK;
    }

    private Map<String, Object> toJson(SanitizationDecision d, Locale locale) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("requiredLevel", d.requiredLevel().name());
        root.put("because", d.because().in(locale));
        List<Map<String, Object>> acceptable = new ArrayList<>();
        for (AcceptableTechnique a : d.acceptable()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("technique", a.technique().name());
            m.put("achieves", a.achieves().name());
            m.put("verification", a.verification().description().in(locale));
            m.put("reference", a.reference().text());
            m.put("verificationDetail", verification(a.verification()));
            m.put("referenceVerified", a.reference().verified());
            acceptable.add(m);
        }
        root.put("acceptable", acceptable);
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (Rejection r : d.rejected()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("technique", r.technique().name());
            m.put("reason", r.message().in(locale));
            m.put("reasonCode", r.reason().name());
            m.put("reaches", r.reaches() == null ? null : r.reaches().name());
            m.put("remedy", r.reason().remedy() == null ? null : r.reason().remedy().in(locale));
            m.put("reference", r.reference() == null ? null : r.reference().text());
            rejected.add(m);
        }
        root.put("rejected", rejected);
        root.put("media", d.media().name());
        root.put("donor", donor.name());
        root.put("confidentiality", confidentiality == null ? null : confidentiality.name());
        root.put("destruction", d.destructionReason().map(Enum::name).orElse(null));
        StandardReference ref = d.requirement().reference();
        root.put("requirementReference", ref.text());
        return root;
    }

    private static Map<String, Object> verification(VerificationRequirement v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", v.mode().name());
        m.put("firmwareStatus", v.firmwareStatus());
        m.put("beforeAfterComparison", v.beforeAfterComparison());
        if (v.sampling() == null) {
            m.put("sampling", null);
        } else {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("minSubsections", v.sampling().minSubsections());
            s.put("pseudorandomLocationsPerSubsection", v.sampling().pseudorandomLocationsPerSubsection());
            s.put("firstAndLastLocation", v.sampling().firstAndLastLocation());
            s.put("minSubsectionCoveragePercent", v.sampling().minSubsectionCoveragePercent());
            s.put("minCoveragePercent", v.sampling().minCoveragePercent());
            m.put("sampling", s);
        }
        m.put("reference", v.reference().text());
        return m;
    }

    private void printHuman(PrintWriter out, SanitizationDecision d, Locale locale) {
        Lang l = common.lang;
        out.println(l.t("Support : ", "Medium: ") + d.media() + l.t(" — donateur : ", " — donor: ") + donor
                + l.t(" — confidentialité : ", " — confidentiality: ")
                + (confidentiality == null ? l.t("non précisée", "not stated") : confidentiality));
        out.println(l.t("Niveau requis : ", "Required level: ") + d.requiredLevel());
        out.println(l.t("Pourquoi : ", "Because: ") + d.because().in(locale));
        out.println(l.t("Source : ", "Source: ") + d.requirement().reference().text());
        if (d.requiresDestruction()) {
            out.println(l.t("→ DESTRUCTION PHYSIQUE du support", "→ PHYSICAL DESTRUCTION of the medium"));
        }
        out.println();
        out.println(l.t("Techniques acceptables (par ordre de préférence) :",
                "Acceptable techniques (most preferred first):"));
        int i = 1;
        for (AcceptableTechnique a : d.acceptable()) {
            out.println("  " + i++ + ". " + a.technique() + l.t(" → atteint ", " → achieves ") + a.achieves());
            out.println("     " + l.t("vérification : ", "verification: ") + a.verification().description().in(locale));
            out.println("     " + l.t("référence : ", "reference: ") + a.reference().text());
        }
        if (!d.rejected().isEmpty()) {
            out.println();
            out.println(l.t("Techniques écartées :", "Rejected techniques:"));
            for (Rejection r : d.rejected()) {
                out.println("  - " + r.technique() + l.t(" : ", ": ") + r.message().in(locale));
            }
        }
        out.flush();
    }
}
