package org.filiere.allocation;

import java.time.LocalDate;
import java.util.Optional;
import org.filiere.internal.Require;

/**
 * A digital mediator who hands devices over and runs the after-donation coaching sessions. The workshop
 * report's rule: mediators are trained on Linux Mint before distribution, so a delivery by a mediator not yet
 * trained on the acceptance date is refused ({@link DeliveryOutcome.Refused}). Immutable.
 *
 * @param id                   a stable identifier (no personal data is needed)
 * @param linuxMintTrainingOn  when the mediator completed the Linux Mint training, or null when not yet
 */
public record Mediator(String id, LocalDate linuxMintTrainingOn) {
    public Mediator {
        Require.nonBlank(id, "mediator.id");
    }

    /** A mediator not trained yet. */
    public static Mediator untrained(String id) {
        return new Mediator(id, null);
    }

    /** The training date, if any. */
    public Optional<LocalDate> trainedOn() {
        return Optional.ofNullable(linuxMintTrainingOn);
    }

    /** Whether the training was completed on or before {@code date}. */
    public boolean isTrainedBy(LocalDate date) {
        return linuxMintTrainingOn != null && !linuxMintTrainingOn.isAfter(date);
    }
}
