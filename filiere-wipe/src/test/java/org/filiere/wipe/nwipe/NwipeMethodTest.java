package org.filiere.wipe.nwipe;

import static org.assertj.core.api.Assertions.assertThat;

import org.filiere.wipe.engine.VerifyPasses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NwipeMethodTest {

    @ParameterizedTest(name = "{0} x{1} verify={2} blank={3} -> {4} transfers")
    @CsvSource({
        // method, rounds, verify, blank, transfers (writes + blank + reads)
        "zero,        1, OFF,  false, 1",
        "zero,        1, LAST, false, 2",
        "zero,        1, LAST, true,  3",
        "zero,        2, ALL,  true,  6",
        "random,      1, LAST, true,  3",
        "dodshort,    1, LAST, true,  5",
        "dodshort,    1, ALL,  false, 6",
        "dod522022m,  1, OFF,  false, 7",
        "gutmann,     1, OFF,  false, 35",
        "ops2,        1, LAST, true,  10",
        "is5enh,      1, OFF,  false, 4",
        "verify_zero, 1, LAST, true,  1",
    })
    void passStructureFollowsTheMethod(String method, int rounds, VerifyPasses verify, boolean blank, int transfers) {
        NwipeMethod m = NwipeMethod.fromCliName(method).orElseThrow();
        assertThat(m.transfers(rounds, verify, blank)).isEqualTo(transfers);
    }

    @ParameterizedTest
    @CsvSource({"Fill With Zeros, zero", "PRNG Stream, random", "DoD Short, dodshort",
        "Verify Zeros (0x00), verify_zero", "'Verify Ones  (0xFF)', verify_one", "RCMP TSSIT OPS-II, ops2"})
    void labelsFromLogsMapBackToMethods(String label, String cli) {
        assertThat(NwipeMethod.fromLabel(label).map(NwipeMethod::cliName)).contains(cli);
    }

    @ParameterizedTest
    @CsvSource({"dod, dod522022m", "dod3pass, dodshort", "prng, random", "stream, random", "quick, zero"})
    void aliasesResolve(String alias, String cli) {
        assertThat(NwipeMethod.fromCliName(alias).map(NwipeMethod::cliName)).contains(cli);
    }
}
