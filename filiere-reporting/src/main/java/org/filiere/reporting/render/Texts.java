package org.filiere.reporting.render;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.filiere.reporting.certificate.DataBackedUp;
import org.filiere.reporting.certificate.MediaDestination;
import org.filiere.reporting.certificate.Person;
import org.filiere.sanitization.CertificateStatus;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.TechniqueParameters;
import org.filiere.sanitization.VerificationMode;

/** Wording and number formats shared by the renderers. Stateless. */
final class Texts {
    private Texts() {
    }

    static String instant(Instant t, ZoneId zone) {
        return t == null ? "—" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx").withZone(zone).format(t)
                + " (" + zone.getId() + ")";
    }

    static String duration(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, (seconds % 3600) / 60, seconds % 60);
    }

    /** Decimal units, as nwipe prints them, with the exact byte count. */
    static String bytes(Long n, Language lang) {
        if (n == null) {
            return lang.t("inconnu", "unknown");
        }
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        double v = n;
        int u = 0;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return number(v, u == 0 ? 0 : 1, lang) + " " + units[u] + " (" + grouped(n, lang) + lang.t(" octets", " bytes") + ")";
    }

    static String grouped(long n, Language lang) {
        return String.format(lang == Language.FR ? Locale.FRANCE : Locale.UK, "%,d", n).replace('\u202f', ' ')
                .replace('\u00a0', ' ');
    }

    static String number(double v, int decimals, Language lang) {
        return String.format(lang == Language.FR ? Locale.FRANCE : Locale.UK, "%,." + decimals + "f", v)
                .replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    static String level(Level l, Language lang) {
        if (l == null) {
            return lang.t("aucun", "none");
        }
        return switch (l) {
            case REINSTALL -> lang.t("REINSTALL (réinstallation propre du système)", "REINSTALL (clean OS reinstall)");
            case CLEAR -> lang.t("CLEAR (effacement logique)", "CLEAR");
            case PURGE -> lang.t("PURGE (purge)", "PURGE");
            case DESTROY -> lang.t("DESTROY (destruction physique)", "DESTROY (physical destruction)");
        };
    }

    static String status(CertificateStatus s, Language lang) {
        return switch (s) {
            case ERASED -> lang.t("EFFACÉ", "ERASED");
            case ERASED_WITH_EXCEPTIONS -> lang.t("EFFACÉ AVEC RÉSERVES", "ERASED WITH EXCEPTIONS");
            case NOT_ERASED -> lang.t("NON EFFACÉ", "NOT ERASED");
        };
    }

    static String person(Person p) {
        if (p == null) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        parts.add(p.name());
        for (String s : new String[] {p.title(), p.organization(), p.location(), p.phone()}) {
            if (s != null && !s.isBlank()) {
                parts.add(s);
            }
        }
        return String.join(" · ", parts);
    }

    static String hidden(HiddenAreaStatus h, Language lang) {
        return switch (h) {
            case ABSENT -> lang.t("ABSENT : aucune zone cachée", "ABSENT: no hidden area");
            case PRESENT -> lang.t("PRESENT : zones cachées présentes", "PRESENT: hidden areas present");
            case UNKNOWN -> lang.t("UNKNOWN : non vérifié", "UNKNOWN: not checked");
            case NOT_APPLICABLE -> lang.t("NOT_APPLICABLE : sans objet pour ce support", "NOT_APPLICABLE: not applicable to this medium");
        };
    }

    static String verificationMode(VerificationMode m, Language lang) {
        return switch (m) {
            case NONE -> lang.t("aucune", "none");
            case FULL -> lang.t("complète (relecture de tous les secteurs)", "full (every sector read back)");
            case SAMPLED -> lang.t("échantillonnage NIST (≥ 1000 sous-sections, ≥ 10 %)", "NIST sampling (≥ 1000 subsections, ≥ 10 %)");
            case FIRMWARE_STATUS_ONLY -> lang.t("statut du micrologiciel uniquement", "firmware status only");
            case VISUAL_INSPECTION -> lang.t("inspection visuelle", "visual inspection");
        };
    }

    static String parameters(TechniqueParameters p, Language lang) {
        List<String> parts = new ArrayList<>();
        if (p.method() != null) {
            parts.add(lang.t("méthode ", "method ") + p.method());
        }
        if (p.passes() != null) {
            parts.add(lang.t("passes ", "passes ") + p.passes());
        }
        if (p.pattern() != null) {
            parts.add(lang.t("motif ", "pattern ") + p.pattern());
        }
        if (p.rounds() != null) {
            parts.add(lang.t("tours ", "rounds ") + p.rounds());
        }
        parts.add(lang.t("vérification demandée ", "verification asked ") + p.verify());
        if (p.blanking() != null) {
            parts.add(lang.t("passe finale à zéro ", "final blanking pass ") + (p.blanking() ? lang.t("oui", "yes") : lang.t("non", "no")));
        }
        return String.join(", ", parts);
    }

    static String result(SanitizationResult r, Language lang) {
        if (r instanceof SanitizationResult.Failed f) {
            return lang.t("ÉCHEC : ", "FAILED: ") + f.reason();
        }
        if (r instanceof SanitizationResult.Interrupted i) {
            return lang.t("INTERROMPU : ", "INTERRUPTED: ") + i.reason();
        }
        return lang.t("TERMINÉ", "COMPLETED");
    }

    static String destination(MediaDestination d, Language lang) {
        return switch (d) {
            case INTERNAL_REUSE -> lang.t("Réemploi interne", "Internal reuse");
            case EXTERNAL_REUSE -> lang.t("Réemploi externe", "External reuse");
            case RECYCLING_FACILITY -> lang.t("Filière de recyclage", "Recycling facility");
            case MANUFACTURER -> lang.t("Fabricant", "Manufacturer");
            case OTHER -> lang.t("Autre", "Other");
        };
    }

    static String backedUp(DataBackedUp d, Language lang) {
        return switch (d) {
            case YES -> lang.t("Oui", "Yes");
            case NO -> lang.t("Non", "No");
            case UNKNOWN -> lang.t("Inconnu", "Unknown");
        };
    }

    static String orDash(Object o) {
        return o == null ? "—" : o.toString();
    }
}
