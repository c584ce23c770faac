package org.filiere.carbon;

import org.filiere.internal.Require;

/**
 * One statement an impact sheet must carry, identified by a stable code so that a renderer can style or
 * order it. Immutable.
 *
 * @param code stable upper-snake identifier, e.g. {@code NOT_DEDUCTED_FROM_SCOPES}
 * @param text the statement in French and English
 */
public record Caveat(String code, LocalizedText text) {
    /** Code of the wording statement ("contribution to avoided emissions"). */
    public static final String WORDING = "CONTRIBUTION_TO_AVOIDED_EMISSIONS";
    /** Code of "reported separately, never deducted from scope 1/2/3 (GHG Protocol, ESRS E1)". */
    public static final String NOT_DEDUCTED = "NOT_DEDUCTED_FROM_SCOPES";
    /** Code of "never a reduction of the donor's inventory". */
    public static final String NOT_INVENTORY_REDUCTION = "NOT_A_REDUCTION_OF_THE_DONOR_INVENTORY";
    /** Code of "shared contribution: donor, network and beneficiary may all claim it". */
    public static final String SHARED = "SHARED_CONTRIBUTION";
    /** Code of the substitution-rate statement. */
    public static final String SUBSTITUTION = "SUBSTITUTION_RATE";
    /** Code of the method statement. */
    public static final String METHOD = "METHOD";
    /** Code of the factor-set statement, with sources. */
    public static final String FACTOR_SET = "FACTOR_SET";
    /** Code of the range statement. */
    public static final String RANGE = "UNCERTAINTY_RANGE";
    /** Code of the e-waste statement. */
    public static final String E_WASTE = "E_WASTE";
    /** Code of the uncovered-categories statement (only when some are). */
    public static final String UNCOVERED = "UNCOVERED_CATEGORIES";
    /** Code of the estimates statement (only when the set contains estimates). */
    public static final String ESTIMATES = "ESTIMATES_USED";

    public Caveat {
        Require.nonBlank(code, "code");
        Require.nonNull(text, "text");
    }
}
