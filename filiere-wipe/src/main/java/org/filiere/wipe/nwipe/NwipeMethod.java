package org.filiere.wipe.nwipe;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.filiere.wipe.engine.VerifyPasses;

/**
 * nwipe's wipe methods ({@code src/method.c}): the {@code --method=} name, the label nwipe prints in its logs and
 * PDF, the write passes of one round, and the nwipe version that introduced it. Used to pass full option names
 * and to turn a label read from a log back into a pass structure: other tools use the same names for different
 * pass structures, so a method is identified by its passes, not its name.
 * Immutable and thread-safe.
 */
public enum NwipeMethod {
    ZERO("zero", "Fill With Zeros", List.of("0x00"), true, "0.0"),
    ONE("one", "Fill With Ones", List.of("0xFF"), true, "0.32"),
    RANDOM("random", "PRNG Stream", List.of("PRNG"), true, "0.0"),
    DOD_SHORT("dodshort", "DoD Short", List.of("random byte", "complement", "PRNG"), true, "0.0"),
    DOD_522022M("dod522022m", "DoD 5220.22-M",
            List.of("random byte", "complement", "PRNG", "random byte", "random byte", "complement", "PRNG"),
            true, "0.0"),
    GUTMANN("gutmann", "Gutmann Wipe", gutmann(), true, "0.0"),
    /** 8 alternating random-byte/complement passes and a final random pattern; blanking is disabled by nwipe. */
    OPS2("ops2", "RCMP TSSIT OPS-II", List.of("random byte", "complement", "random byte", "complement",
            "random byte", "complement", "random byte", "complement", "final random pattern"), false, "0.0"),
    IS5ENH("is5enh", "HMG IS5 Enhanced", List.of("0x00", "0xFF", "PRNG"), true, "0.27"),
    BRUCE7("bruce7", "Bruce Schneier 7-Pass", List.of("0xFF", "0x00", "PRNG", "PRNG", "PRNG", "PRNG", "PRNG"),
            true, "0.39"),
    BMB("bmb", "BMB21-2019", List.of("0xFF", "0x00", "PRNG", "PRNG", "PRNG", "0xFF"), true, "0.40"),
    /** Reads the device and checks that every byte is zero; writes nothing. */
    VERIFY_ZERO("verify_zero", "Verify Zeros (0x00)", List.of(), false, "0.32"),
    /** Reads the device and checks that every byte is 0xFF; writes nothing. */
    VERIFY_ONE("verify_one", "Verify Ones  (0xFF)", List.of(), false, "0.32");

    private final String cliName;
    private final String label;
    private final List<String> writePasses;
    private final boolean blankingAllowed;
    private final String since;

    NwipeMethod(String cliName, String label, List<String> writePasses, boolean blankingAllowed, String since) {
        this.cliName = cliName;
        this.label = label;
        this.writePasses = writePasses;
        this.blankingAllowed = blankingAllowed;
        this.since = since;
    }

    private static List<String> gutmann() {
        String[] p = new String[35];
        for (int i = 0; i < 35; i++) {
            p[i] = i < 4 || i >= 31 ? "PRNG" : "fixed pattern";
        }
        return List.of(p);
    }

    /** The {@code --method=} value. */
    public String cliName() {
        return cliName;
    }

    /** The label nwipe prints ("Fill With Zeros"). */
    public String label() {
        return label;
    }

    /** The write passes of one round, in order (empty for the verify-only methods). */
    public List<String> writePasses() {
        return writePasses;
    }

    /** False for methods that read only. */
    public boolean writes() {
        return !writePasses.isEmpty();
    }

    /** Whether nwipe writes the final zero (blanking) pass with this method when asked. */
    public boolean blankingAllowed() {
        return blankingAllowed;
    }

    /** The first nwipe version offering it ("0.0" = all versions filiere supports). */
    public String since() {
        return since;
    }

    /** A short pattern description for records ("0x00", "PRNG", "random byte, complement, PRNG"). */
    public String pattern() {
        return writes() ? String.join(", ", writePasses) : "read-only verification";
    }

    /**
     * Full-medium transfers nwipe performs: write passes × rounds, plus the blanking pass when written, plus the
     * verification reads (the last pass, or every pass).
     */
    public int transfers(int rounds, VerifyPasses verify, boolean blank) {
        if (!writes()) {
            return 1;
        }
        int writes = writePasses.size() * rounds + (blank && blankingAllowed ? 1 : 0);
        int reads = switch (verify) {
            case OFF -> this == IS5ENH ? 1 : 0;
            case LAST -> 1;
            case ALL -> writes;
        };
        return writes + reads;
    }

    /** The method named {@code name} ({@code --method} value or one of nwipe's aliases). */
    public static Optional<NwipeMethod> fromCliName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "dod": return Optional.of(DOD_522022M);
            case "dod3pass": return Optional.of(DOD_SHORT);
            case "prng": case "stream": return Optional.of(RANDOM);
            case "quick": return Optional.of(ZERO);
            case "verify": return Optional.of(VERIFY_ZERO);
            default:
                for (NwipeMethod m : values()) {
                    if (m.cliName.equalsIgnoreCase(name.strip())) {
                        return Optional.of(m);
                    }
                }
                return Optional.empty();
        }
    }

    /** The method whose log label is {@code label} (spaces normalised). */
    public static Optional<NwipeMethod> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.strip().replaceAll("\\s+", " ");
        for (NwipeMethod m : values()) {
            if (m.label.replaceAll("\\s+", " ").equalsIgnoreCase(l)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
