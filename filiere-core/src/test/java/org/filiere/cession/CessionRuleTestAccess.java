package org.filiere.cession;

/** Lets tests of other packages use {@link CessionRuleTest}'s valid sample agreement. */
public final class CessionRuleTestAccess {
    private CessionRuleTestAccess() {
    }

    /** A valid public body's agreement with two devices. */
    public static CessionAgreement publicAgreement() {
        return CessionRuleTest.publicAgreement();
    }
}
