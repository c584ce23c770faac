package org.filiere.cession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.filiere.FiliereException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiretAndPolicyTest {
    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({
        "22050001300010, true",      // the contract's Département example
        "44321759400011, true",      // the contract's company example
        "73282932000074, true",      // a commonly published valid example
        "73282932000075, false",
        "22050001300001, false",     // two digits swapped
        "35600000000048, true",      // La Poste head office: passes Luhn
        "35600000000010, true",      // La Poste establishment: digit sum 15 (Luhn fails)
        "35600000000049, false",     // neither
        "12300000000040, false",     // digit sum 10, but the digit-sum rule is for La Poste only
        "'220 500 013 00010', true"
    })
    void theCheckKeyIsLuhnExceptForLaPoste(String text, boolean valid) {
        assertThat(Siret.parse(text).hasValidChecksum()).isEqualTo(valid);
    }

    @Test
    void theShapeIsFourteenDigits() {
        assertThat(Siret.parse("22050001300010").siren()).isEqualTo("220500013");
        assertThat(Siret.isWellFormed("2205000130001")).isFalse();
        assertThat(Siret.isWellFormed("2205000130001A")).isFalse();
        assertThatThrownBy(() -> Siret.parse("ABC")).isInstanceOf(FiliereException.class)
                .hasMessageContaining("14 digits");
        assertThat(Siret.luhn("35600000000010")).isFalse(); // why La Poste needs its own rule
    }

    @ParameterizedTest(name = "{0} + {1} months = {2}")
    @CsvSource({
        "2026-03-09, 6, 2026-09-09",   // the contract's example
        "2026-06-15, 6, 2026-12-15",
        "2026-08-31, 6, 2027-02-28",   // shorter target month: its last day
        "2026-03-09, 3, 2026-06-09"
    })
    void theAttestationIsDueTheDeadlineAfterCollection(LocalDate collected, int months, LocalDate due) {
        assertThat(new AttestationPolicy(months).attestationDue(collected)).isEqualTo(due);
    }

    @Test
    void theDefaultDeadlineIsSixMonthsAndAtLeastOne() {
        assertThat(AttestationPolicy.DEFAULT.deadlineMonths()).isEqualTo(6);
        assertThatThrownBy(() -> new AttestationPolicy(0)).hasMessageContaining("deadlineMonths");
    }
}
