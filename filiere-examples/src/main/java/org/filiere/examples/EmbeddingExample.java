package org.filiere.examples;

import java.io.PrintStream;
import java.util.Set;
import org.filiere.cession.Confidentiality;
import org.filiere.cession.DonorKind;
import org.filiere.device.MediaType;
import org.filiere.sanitization.AcceptableTechnique;
import org.filiere.sanitization.DefaultSanitizationPolicy;
import org.filiere.sanitization.DriveContext;
import org.filiere.sanitization.Sanitization;
import org.filiere.sanitization.SanitizationDecision;
import org.filiere.sanitization.Technique;

/**
 * The embedding example shown in README.md: a partner tool asks which erasure a donated drive needs. The
 * README's snippet is the body of {@link #run(PrintStream)} between the markers; a test checks that they stay
 * identical and runs it, so the example cannot rot.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /** Runs the example, printing to {@code out}; returns the decision for tests. */
    public static SanitizationDecision run(PrintStream out) {
        // readme:start
        // A company's laptop with an NVMe SSD that supports Sanitize Block Erase, data of MODERATE confidentiality.
        DriveContext drive = DriveContext.of(MediaType.NVME_SSD)
                .withCapabilities(Set.of(Technique.NVME_SANITIZE_BLOCK_ERASE));
        SanitizationDecision decision = Sanitization.decide(DefaultSanitizationPolicy.STANDARD,
                DonorKind.COMPANY, Confidentiality.MODERATE, drive);
        AcceptableTechnique best = decision.preferred();
        out.println(decision.requiredLevel() + " via " + best.technique() + " (" + best.reference() + ")");
        // readme:end
        return decision;
    }

    public static void main(String[] args) {
        run(System.out);
    }
}
