package org.filiere.cession;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.filiere.device.Device;
import org.filiere.device.StorageMedium;
import org.filiere.internal.Require;
import org.filiere.validation.Violation;

/**
 * The named rules a {@link CessionAgreement} must satisfy. Each rule returns all of its violations (never
 * only the first), with a JSON-path-like path into the agreement document ({@code devices[0].declaredValueEur})
 * and a message in French or English. Stateless and thread-safe.
 *
 * <p>Legal sources (Code général de la propriété des personnes publiques, CGPPP; check the current wording on
 * Légifrance before relying on it):
 * <ul>
 *   <li>L3212-2 3°: a public body may cede, free of charge, IT equipment no longer used by its services, whose
 *       unit value does not exceed a threshold set by decree, to a closed list of recipients
 *       ({@link RecipientCategory}); L3212-3 extends this to collectivités territoriales, their groupements and
 *       établissements publics.</li>
 *   <li>D3212-3 (décret n° 2022-791 of 6 May 2022): that unit value "ne peut excéder 300 euros".</li>
 *   <li>The decision to cede is taken by the competent authority (délibération or decision under delegation),
 *       which the agreement cites with its date.</li>
 * </ul>
 * The other rules are the network's own: identification needed for traceability and for the attestation
 * (SIRET of professional donors, serial or inventory number of each device, distinct medium serials), and the
 * workshop report's rule that responsibility passes at signing (so no collection before it).
 *
 * <pre>{@code
 * List<Violation> all = CessionRule.checkAll(agreement, Locale.FRENCH);
 * List<Violation> cap = CessionRule.PUBLIC_UNIT_VALUE_CAP.check(agreement, Locale.ENGLISH);
 * }</pre>
 */
public enum CessionRule {
    /**
     * A public donor's devices each have a declared unit value of at most 300 € (CGPPP L3212-2 3° and D3212-3);
     * a device without declared value cannot be shown to respect the cap, so it is a violation too.
     */
    PUBLIC_UNIT_VALUE_CAP {
        @Override
        void check(CessionAgreement a, Text t, List<Violation> out) {
            if (!a.donor().isPublic()) {
                return;
            }
            for (int i = 0; i < a.devices().size(); i++) {
                BigDecimal value = a.devices().get(i).declaredValueEur();
                String path = "devices[" + i + "].declaredValueEur";
                if (value == null) {
                    out.add(v(path, t.of(
                            "valeur unitaire déclarée manquante : une personne publique ne peut céder gratuitement que du "
                                    + "matériel informatique d'une valeur unitaire d'au plus 300 € (CGPPP L3212-2 3°, D3212-3)",
                            "missing declared unit value: a public body may cede IT equipment free of charge only up to "
                                    + "300 € per unit (CGPPP L3212-2 3°, D3212-3)")));
                } else if (value.compareTo(PUBLIC_UNIT_VALUE_CAP_EUR) > 0) {
                    out.add(v(path, t.of(
                            "valeur unitaire déclarée " + value.toPlainString() + " € supérieure au plafond de 300 € "
                                    + "(CGPPP D3212-3)",
                            "declared unit value " + value.toPlainString() + " € exceeds the 300 € cap "
                                    + "(CGPPP D3212-3)")));
                }
            }
        }
    },
    /** A public donor cedes only to a category listed by CGPPP L3212-2 3° ({@link RecipientCategory}). */
    PUBLIC_RECIPIENT_CATEGORY {
        @Override
        void check(CessionAgreement a, Text t, List<Violation> out) {
            RecipientCategory c = a.recipient().category();
            if (a.donor().isPublic() && !c.eligibleForPublicCession()) {
                out.add(v("recipient.category", t.of(
                        "catégorie de bénéficiaire " + c + " non éligible à une cession gratuite par une personne "
                                + "publique (CGPPP L3212-2 3°)",
                        "recipient category " + c + " is not eligible for a free cession by a public body "
                                + "(CGPPP L3212-2 3°)")));
            }
        }
    },
    /**
     * A public donor's agreement cites the decision authorising the cession, with its reference and date, and
     * that decision is not dated after the signing it authorises.
     */
    PUBLIC_DECISION_REQUIRED {
        @Override
        void check(CessionAgreement a, Text t, List<Violation> out) {
            if (!a.donor().isPublic()) {
                return;
            }
            PublicBodyDecision d = a.publicDecision();
            if (d == null) {
                out.add(v("publicBody", t.of(
                        "une cession par une personne publique doit citer la délibération ou décision qui l'autorise "
                                + "(référence et date)",
                        "a cession by a public body must cite the deliberation or decision authorising it "
                                + "(reference and date)")));
            } else if (d.date().isAfter(a.signedOn())) {
                out.add(v("publicBody.decisionDate", t.of(
                        "la décision du " + d.date() + " est postérieure à la signature du " + a.signedOn()
                                + " qu'elle doit autoriser",
                        "the decision of " + d.date() + " is dated after the signing on " + a.signedOn()
                                + " it must authorise")));
            }
        }
    },
    /** Companies and public bodies are identified by their SIRET on the agreement and the attestation. */
    SIRET_REQUIRED {
        @Override
        void check(CessionAgreement a, Text t, List<Violation> out) {
            DonorKind k = a.donor().kind();
            if ((k == DonorKind.COMPANY || k == DonorKind.PUBLIC_INSTITUTION) && a.donor().siret() == null) {
                out.add(v("donor.siret", t.of(
                        "SIRET obligatoire pour un donateur " + (k == DonorKind.COMPANY ? "entreprise" : "personne publique"),
                        "SIRET required for a " + (k == DonorKind.COMPANY ? "company" : "public body") + " donor")));
            }
        }
    },
    /** A SIRET, when given, passes its check key (Luhn, or La Poste's digit-sum rule for SIREN 356 000 000). */
    SIRET_CHECKSUM {
        @Override
        void check(CessionAgreement a, Text t, List<Violation> out) {
            Siret s = a.donor().siret();
            if (s != null && !s.hasValidChecksum()) {
                out.add(v("donor.siret", t.of(
                        "SIRET " + s + " invalide : la clé de contrôle (Luhn) ne correspond pas",
                        "SIRET " + s + " is invalid: its check key (Luhn) does not match")));
            }
        }
    },
    /**
     * Devices are not collected before the agreement is signed: responsibility passes to the network at signing,
     * so a device collected earlier would travel under nobody's responsibility.
     */
    COLLECTION_BEFORE_SIGNING {
        @Override
        void check(CessionAgreement a, Text t, List<Violation> out) {
            if (a.collectedOn().isBefore(a.signedOn())) {
                out.add(v("collectedOn", t.of(
                        "collecte le " + a.collectedOn() + " avant la signature du " + a.signedOn()
                                + " : la responsabilité ne passe à la filière qu'à la signature",
                        "collected on " + a.collectedOn() + ", before the signing on " + a.signedOn()
                                + ": responsibility passes to the network only at signing")));
            }
        }
    },
    /** Every device has a category and a serial number or an inventory number, to be traced and attested. */
    DEVICE_IDENTIFIER {
        @Override
        void check(CessionAgreement a, Text t, List<Violation> out) {
            for (int i = 0; i < a.devices().size(); i++) {
                Device d = a.devices().get(i);
                if (d.category() == null) {
                    out.add(v("devices[" + i + "].category", t.of(
                            "catégorie d'appareil manquante", "missing device category")));
                }
                if (d.identifier().isEmpty()) {
                    out.add(v("devices[" + i + "].serialNumber", t.of(
                            "appareil sans numéro de série ni numéro d'inventaire : il ne peut pas être tracé",
                            "device with neither a serial number nor an inventory number: it cannot be traced")));
                }
            }
        }
    },
    /**
     * No two media of the agreement share a serial number (compared trimmed and case-insensitively): the serial
     * identifies a medium on its sanitization certificate.
     */
    DUPLICATE_MEDIUM_SERIAL {
        @Override
        void check(CessionAgreement a, Text t, List<Violation> out) {
            Map<String, String> first = new HashMap<>();
            for (int i = 0; i < a.devices().size(); i++) {
                List<StorageMedium> media = a.devices().get(i).media();
                for (int j = 0; j < media.size(); j++) {
                    String path = "devices[" + i + "].media[" + j + "].serialNumber";
                    String serial = media.get(j).serialNumber();
                    String earlier = first.putIfAbsent(Device.normalizeSerial(serial), path);
                    if (earlier != null) {
                        out.add(v(path, t.of(
                                "numéro de série de support " + serial + " déjà utilisé en " + earlier,
                                "medium serial number " + serial + " already used at " + earlier)));
                    }
                }
            }
        }
    };

    /** The unit value cap of CGPPP D3212-3 for IT equipment ceded under L3212-2 3°, in euros. */
    public static final BigDecimal PUBLIC_UNIT_VALUE_CAP_EUR = new BigDecimal("300");

    abstract void check(CessionAgreement agreement, Text text, List<Violation> out);

    /** This rule's violations for {@code agreement}, messages in {@code locale}'s language (French or English). */
    public List<Violation> check(CessionAgreement agreement, Locale locale) {
        Require.nonNull(agreement, "agreement");
        List<Violation> out = new ArrayList<>();
        check(agreement, Text.of(locale), out);
        return List.copyOf(out);
    }

    /** The violations of every rule, in rule order then document order. */
    public static List<Violation> checkAll(CessionAgreement agreement, Locale locale) {
        Require.nonNull(agreement, "agreement");
        Text text = Text.of(locale);
        List<Violation> out = new ArrayList<>();
        for (CessionRule rule : values()) {
            rule.check(agreement, text, out);
        }
        return List.copyOf(out);
    }

    Violation v(String path, String message) {
        return new Violation(path, name(), message);
    }

    /** Picks French or English text; French unless the locale's language is English. */
    static final class Text {
        private static final Text FR = new Text(false);
        private static final Text EN = new Text(true);
        private final boolean english;

        private Text(boolean english) {
            this.english = english;
        }

        static Text of(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? EN : FR;
        }

        String of(String french, String englishText) {
            return english ? englishText : french;
        }
    }
}
