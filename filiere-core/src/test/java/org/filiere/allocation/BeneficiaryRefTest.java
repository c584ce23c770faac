package org.filiere.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.filiere.FiliereException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BeneficiaryRefTest {
    @ParameterizedTest
    @ValueSource(strings = {"B-7F3A", "B-91", "2026_0042", "fs12-a9"})
    void pseudonymousCodesAreAccepted(String value) {
        assertThat(new BeneficiaryRef(value).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "''{0}'' refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "jean.dupont@example.org | letters, digits",
        "Jean Dupont              | letters, digits",
        "DUPONT                   | must contain a digit",
        "06 12 34 56 78           | letters, digits",
        "12 rue des Alpes         | letters, digits",
        "B                        | letters, digits",
        "B-0123456789012345678901234567890 | letters, digits",
    })
    void namesMailsPhonesAndAddressesAreRefused(String value, String reason) {
        assertThat(BeneficiaryRef.problem(value)).hasValueSatisfying(p -> assertThat(p).contains(reason));
        assertThatThrownBy(() -> new BeneficiaryRef(value)).isInstanceOf(FiliereException.class)
                .hasMessageContaining(reason);
    }
}
