package org.filiere.reporting.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.filiere.FiliereException;
import org.filiere.allocation.BeneficiaryRef;
import org.filiere.allocation.DeviceRequest;
import org.filiere.allocation.Need;
import org.filiere.allocation.Prescriber;
import org.filiere.allocation.PrescriberKind;
import org.filiere.allocation.StockDevice;
import org.filiere.allocation.StockState;
import org.filiere.reporting.json.BeanValidation;
import org.filiere.validation.Violation;

/**
 * Validates the stock and requests documents as a whole (Bean Validation plus the rules below) and turns valid
 * documents into domain values. Stateless and thread-safe.
 *
 * <p>Rules beyond the annotations: {@code DUPLICATE_ID} (two devices or two requests with the same id),
 * {@code AVAILABLE_SINCE_REQUIRED} (an AVAILABLE device without availableSince),
 * {@code BENEFICIARY_REF_NOT_PSEUDONYMOUS} (see {@link BeneficiaryRef}).
 */
public final class AllocationDocuments {
    private AllocationDocuments() {
    }

    /** Every problem of a stock document, sorted by path; empty when valid. */
    public static List<Violation> validate(StockDocument doc) {
        List<Violation> out = new ArrayList<>(BeanValidation.validate(doc));
        if (doc.devices() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < doc.devices().size(); i++) {
                StockDocument.Device d = doc.devices().get(i);
                if (d == null) {
                    continue;
                }
                String at = "devices[" + i + "]";
                if (d.id() != null && !seen.add(d.id())) {
                    out.add(new Violation(at + ".id", "DUPLICATE_ID", "device id " + d.id() + " appears twice"));
                }
                if (d.state() == StockState.AVAILABLE && d.availableSince() == null) {
                    out.add(new Violation(at + ".availableSince", "AVAILABLE_SINCE_REQUIRED",
                            "an AVAILABLE device needs availableSince"));
                }
            }
        }
        return sorted(out);
    }

    /** Every problem of a requests document, sorted by path; empty when valid. */
    public static List<Violation> validate(RequestsDocument doc) {
        List<Violation> out = new ArrayList<>(BeanValidation.validate(doc));
        if (doc.requests() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < doc.requests().size(); i++) {
                RequestsDocument.Request r = doc.requests().get(i);
                if (r == null) {
                    continue;
                }
                String at = "requests[" + i + "]";
                if (r.id() != null && !seen.add(r.id())) {
                    out.add(new Violation(at + ".id", "DUPLICATE_ID", "request id " + r.id() + " appears twice"));
                }
                if (r.beneficiaryRef() != null && !r.beneficiaryRef().isBlank()) {
                    Optional<String> problem = BeneficiaryRef.problem(r.beneficiaryRef());
                    problem.ifPresent(p -> out.add(new Violation(at + ".beneficiaryRef",
                            "BENEFICIARY_REF_NOT_PSEUDONYMOUS", p)));
                }
            }
        }
        return sorted(out);
    }

    /** The devices of a valid stock document; throws when it is not valid. */
    public static List<StockDevice> toDomain(StockDocument doc) {
        requireValid(validate(doc), "stock");
        return doc.devices().stream().map(d -> new StockDevice(d.id(), d.category(), d.ramGb(), d.storageGb(),
                d.state(), d.availableSince())).toList();
    }

    /** The requests of a valid requests document; throws when it is not valid. */
    public static List<DeviceRequest> toDomain(RequestsDocument doc) {
        requireValid(validate(doc), "requests");
        return doc.requests().stream().map(r -> new DeviceRequest(r.id(),
                new Prescriber(r.prescriber(), r.prescriber(),
                        r.prescriberKind() == null ? PrescriberKind.OTHER : r.prescriberKind()),
                new BeneficiaryRef(r.beneficiaryRef()),
                r.priorityPublics() == null ? Set.of() : Set.copyOf(r.priorityPublics()),
                new Need(r.category(), orZero(r.minRamGb()), orZero(r.minStorageGb()),
                        r.accessibility() == null ? Set.of() : Set.copyOf(r.accessibility())),
                r.createdOn())).toList();
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }

    private static void requireValid(List<Violation> violations, String what) {
        if (!violations.isEmpty()) {
            throw new FiliereException("invalid " + what + " document").with("violations", violations.size())
                    .with("first", violations.get(0).path() + ": " + violations.get(0).message());
        }
    }

    private static List<Violation> sorted(List<Violation> v) {
        v.sort(java.util.Comparator.comparing(Violation::path).thenComparing(Violation::rule));
        return List.copyOf(v);
    }
}
