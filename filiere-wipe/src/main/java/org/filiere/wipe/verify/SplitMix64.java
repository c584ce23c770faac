package org.filiere.wipe.verify;

/**
 * SplitMix64 (Steele, Lea, Flood 2014) with the constants of Vigna's reference {@code splitmix64.c}, written out
 * here so that a recorded seed lays out the same locations on any JVM, forever: the layout is audit evidence
 * ({@code java.util.SplittableRandom} uses other mixing constants and may change). Not thread-safe; not for
 * cryptography (the locations only need to be unpredictable to the drive, not secret).
 */
final class SplitMix64 {
    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in {@code [0, bound)} without modulo bias (rejection, as {@code java.util.Random#nextLong}). */
    long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long m = bound - 1;
        long u = nextLong() >>> 1;
        long r;
        while (u + m - (r = u % bound) < 0) {
            u = nextLong() >>> 1;
        }
        return r;
    }
}
