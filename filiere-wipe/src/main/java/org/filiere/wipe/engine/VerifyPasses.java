package org.filiere.wipe.engine;

import org.filiere.sanitization.VerificationMode;

/**
 * Which overwrite passes are read back: none, the last one (nwipe's default), or all of them.
 * Immutable and thread-safe.
 */
public enum VerifyPasses {
    OFF("off"), LAST("last"), ALL("all");

    private final String cliValue;

    VerifyPasses(String cliValue) {
        this.cliValue = cliValue;
    }

    /** The value nwipe's {@code --verify=} takes. */
    public String cliValue() {
        return cliValue;
    }

    /** The record's verification mode: a full read-back unless off. */
    public VerificationMode mode() {
        return this == OFF ? VerificationMode.NONE : VerificationMode.FULL;
    }

    /** Parses {@code off|last|all} (also nwipe's numeric 0/1/2). */
    public static VerifyPasses parse(String s) {
        switch (s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "off": case "0": return OFF;
            case "last": case "1": return LAST;
            case "all": case "2": return ALL;
            default:
                throw new org.filiere.FiliereException("unknown verification mode (off, last or all)")
                        .with("value", s);
        }
    }
}
