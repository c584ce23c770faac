package org.filiere.reporting.document;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.filiere.FiliereException;
import org.filiere.cession.AttestationPolicy;
import org.filiere.cession.CessionAgreement;
import org.filiere.cession.CessionRule;
import org.filiere.cession.Donor;
import org.filiere.cession.PublicBodyDecision;
import org.filiere.cession.Recipient;
import org.filiere.cession.RecipientCategory;
import org.filiere.cession.Siret;
import org.filiere.device.Device;
import org.filiere.device.DeviceCategory;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.reporting.json.BeanValidation;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.validation.Violation;

/**
 * Reads, validates and maps agreement documents ({@link AgreementDocument}) to
 * {@link CessionAgreement}s. Stateless and thread-safe.
 *
 * <p>Checking runs in two layers and reports everything both find:
 * <ol>
 *   <li>Bean Validation of the document's structure (missing fields, blank names, malformed SIRET, negative
 *       values), each with its path;</li>
 *   <li>every {@link CessionRule}, as long as the donor's kind and both dates are known. A rule violation at
 *       a path that already has a structural violation (or above or under it) is left out: a malformed SIRET
 *       is not also reported as missing.</li>
 * </ol>
 * A file that cannot be read or parsed is not a violation: {@link JsonDocuments} throws
 * {@link org.filiere.reporting.json.DocumentException} with file, line and column.
 *
 * <pre>{@code
 * AgreementCheck c = AgreementDocuments.check(Path.of("agreement.json"), AttestationPolicy.DEFAULT, Locale.FRENCH);
 * c.valid(); c.attestationDue(); c.violations();
 * }</pre>
 */
public final class AgreementDocuments {
    private AgreementDocuments() {
    }

    /** Reads {@code file} strictly; throws {@code DocumentException} naming file, line and column on failure. */
    public static AgreementDocument read(Path file) {
        return JsonDocuments.read(file, AgreementDocument.class);
    }

    /** Reads and checks {@code file}. */
    public static AgreementCheck check(Path file, AttestationPolicy policy, Locale locale) {
        return check(read(file), policy, locale);
    }

    /** Checks a parsed document: structure, then the legal rules when the structure allows. */
    public static AgreementCheck check(AgreementDocument doc, AttestationPolicy policy, Locale locale) {
        List<Violation> structural = BeanValidation.validate(doc);
        List<Violation> all = new ArrayList<>(structural);
        CessionAgreement agreement = structural.isEmpty() ? toAgreement(doc) : forRules(doc);
        if (agreement != null) {
            for (Violation v : CessionRule.checkAll(agreement, locale)) {
                if (structural.stream().noneMatch(s -> covers(s.path(), v.path()))) {
                    all.add(v);
                }
            }
        }
        return new AgreementCheck(doc.collectedOn() == null ? null : policy.attestationDue(doc.collectedOn()),
                all, structural.isEmpty() ? agreement : null);
    }

    /**
     * A lenient mapping of a document that has structural violations, used only to run the rules: each
     * structurally invalid part is replaced by a placeholder whose rule violations fall under the structural
     * violation's path and are therefore dropped. Null when the donor's kind or a date is missing, since the
     * rules cannot be decided without them.
     */
    private static CessionAgreement forRules(AgreementDocument doc) {
        AgreementDocument.DonorDocument d = doc.donor();
        if (d == null || d.kind() == null || doc.signedOn() == null || doc.collectedOn() == null) {
            return null;
        }
        Donor donor = new Donor(d.kind(), orPlaceholder(d.name(), "donor"),
                Siret.isWellFormed(d.siret()) ? Siret.parse(d.siret()) : null);
        AgreementDocument.RecipientDocument r = doc.recipient();
        Recipient recipient = r == null || r.category() == null
                ? new Recipient("?", RecipientCategory.OTHER)
                : new Recipient(orPlaceholder(r.name(), "recipient"), r.category());
        List<Device> devices = new ArrayList<>();
        List<AgreementDocument.DeviceDocument> docs = doc.devices() == null ? List.of() : doc.devices();
        for (int i = 0; i < docs.size(); i++) {
            AgreementDocument.DeviceDocument dev = docs.get(i);
            if (dev == null) {
                devices.add(Device.builder(DeviceCategory.OTHER).serialNumber(PLACEHOLDER + i).build());
                continue;
            }
            List<StorageMedium> media = new ArrayList<>();
            List<AgreementDocument.MediumDocument> ms = dev.media() == null ? List.of() : dev.media();
            for (int j = 0; j < ms.size(); j++) {
                AgreementDocument.MediumDocument m = ms.get(j);
                boolean ok = m != null && m.type() != null && m.serialNumber() != null && !m.serialNumber().isBlank()
                        && (m.capacityBytes() == null || m.capacityBytes() >= 0);
                media.add(ok ? StorageMedium.of(m.type(), m.serialNumber(), m.capacityBytes())
                        : StorageMedium.of(MediaType.ATA_HDD, PLACEHOLDER + i + "." + j, null));
            }
            BigDecimal value = dev.declaredValueEur() != null && dev.declaredValueEur().signum() < 0
                    ? null : dev.declaredValueEur();
            devices.add(Device.builder(dev.category()).manufacturer(dev.manufacturer()).model(dev.model())
                    .serialNumber(dev.serialNumber()).inventoryNumber(dev.inventoryNumber())
                    .declaredValueEur(value).media(media).build());
        }
        return new CessionAgreement(orPlaceholder(doc.id(), "id"), donor, recipient, doc.signedOn(),
                doc.collectedOn(), doc.confidentiality(), decision(doc.publicBody()), devices);
    }

    /** Marks placeholder serials; a NUL character cannot come from a JSON document's serial by accident. */
    private static final String PLACEHOLDER = "\u0000invalid-";

    private static String orPlaceholder(String value, String what) {
        return value == null || value.isBlank() ? "?" + what : value;
    }

    private static PublicBodyDecision decision(AgreementDocument.PublicBodyDocument p) {
        return p == null || p.decisionReference() == null || p.decisionReference().isBlank() || p.decisionDate() == null
                ? null : new PublicBodyDecision(p.decisionReference(), p.decisionDate());
    }

    /** True when one path is the other or contains it: the structural violation already points there. */
    private static boolean covers(String structuralPath, String rulePath) {
        return within(rulePath, structuralPath) || within(structuralPath, rulePath);
    }

    private static boolean within(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor + ".") || path.startsWith(ancestor + "[");
    }

    /**
     * Maps a document to the domain; throws {@link FiliereException} naming the field when the structure is
     * incomplete (run {@link BeanValidation#validate(Object)} first to get every problem at once).
     */
    public static CessionAgreement toAgreement(AgreementDocument doc) {
        AgreementDocument.DonorDocument d = doc.donor();
        Donor donor = d == null ? null : new Donor(d.kind(), d.name(), d.siret() == null ? null : Siret.parse(d.siret()));
        AgreementDocument.RecipientDocument r = doc.recipient();
        Recipient recipient = r == null ? null : new Recipient(r.name(), r.category());
        AgreementDocument.PublicBodyDocument p = doc.publicBody();
        PublicBodyDecision decision = p == null ? null : new PublicBodyDecision(p.decisionReference(), p.decisionDate());
        List<Device> devices = new ArrayList<>();
        if (doc.devices() != null) {
            for (AgreementDocument.DeviceDocument dev : doc.devices()) {
                devices.add(toDevice(dev));
            }
        }
        return new CessionAgreement(doc.id(), donor, recipient, doc.signedOn(), doc.collectedOn(),
                doc.confidentiality(), decision, devices);
    }

    private static Device toDevice(AgreementDocument.DeviceDocument dev) {
        if (dev == null) {
            throw new FiliereException("missing value").with("field", "devices[]");
        }
        List<StorageMedium> media = new ArrayList<>();
        if (dev.media() != null) {
            for (AgreementDocument.MediumDocument m : dev.media()) {
                if (m == null) {
                    throw new FiliereException("missing value").with("field", "media[]");
                }
                media.add(StorageMedium.of(m.type(), m.serialNumber(), m.capacityBytes()));
            }
        }
        return Device.builder(dev.category()).manufacturer(dev.manufacturer()).model(dev.model())
                .serialNumber(dev.serialNumber()).inventoryNumber(dev.inventoryNumber())
                .declaredValueEur(dev.declaredValueEur()).media(media).build();
    }
}
