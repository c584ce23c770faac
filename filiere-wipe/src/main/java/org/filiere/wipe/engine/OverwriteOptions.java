package org.filiere.wipe.engine;

import org.filiere.internal.Require;

/**
 * How a software overwrite runs: the method name (nwipe's {@code --method} vocabulary: zero, one, random,
 * dodshort...), rounds, which passes are verified and whether a final zero (blanking) pass is written. Immutable.
 *
 * @param method  the method name
 * @param rounds  how many times the method is repeated (at least 1)
 * @param verify  which passes are read back
 * @param blank   whether to write the final blanking pass (nwipe's default; {@code --noblank} when false)
 */
public record OverwriteOptions(String method, int rounds, VerifyPasses verify, boolean blank) {
    public OverwriteOptions {
        Require.nonBlank(method, "method");
        Require.that(rounds >= 1, "rounds", "rounds must be at least 1");
        Require.nonNull(verify, "verify");
    }

    /** One pass of zeros, verified, then blanked: the station's default CLEAR overwrite. */
    public static OverwriteOptions zeroVerified() {
        return new OverwriteOptions("zero", 1, VerifyPasses.LAST, true);
    }
}
