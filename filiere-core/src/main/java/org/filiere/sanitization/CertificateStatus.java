package org.filiere.sanitization;

/**
 * The verdict a sanitization certificate states about one medium. The names are part of the JSON contract.
 * Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #ERASED}: the record proves the medium's required level ({@link SanitizationRecord#meets(Level)}).</li>
 *   <li>{@link #ERASED_WITH_EXCEPTIONS}: the run completed without write errors and passed its verification, but
 *       something keeps it from proving the required level (hidden areas present or unchecked, a level below
 *       the requirement); the exceptions are listed on the certificate.</li>
 *   <li>{@link #NOT_ERASED}: the run failed, was interrupted, counted errors or failed its verification.</li>
 * </ul>
 */
public enum CertificateStatus {
    ERASED, ERASED_WITH_EXCEPTIONS, NOT_ERASED
}
