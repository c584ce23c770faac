package org.filiere.carbon;

/**
 * How uncertain a factor is, with the relative half-width used for the low/high range of a result. The
 * classes and fractions are those of the project's CO2 reference: low ±15 %, medium ±30 %, high ±50 %
 * (or sources disagreeing by a factor 2 or more). Immutable and thread-safe.
 */
public enum Uncertainty {
    /** Low: ±15 %. */
    LOW(0.15),
    /** Medium: ±30 %. */
    MEDIUM(0.30),
    /** High: ±50 % or more, or sources that disagree by ×2 or more. */
    HIGH(0.50);

    private final double fraction;

    Uncertainty(double fraction) {
        this.fraction = fraction;
    }

    /** The relative half-width of the range, e.g. 0.3 for ±30 %. */
    public double fraction() {
        return fraction;
    }

    /** {@code value × (1 − fraction)}. */
    public double low(double value) {
        return value * (1 - fraction);
    }

    /** {@code value × (1 + fraction)}. */
    public double high(double value) {
        return value * (1 + fraction);
    }
}
