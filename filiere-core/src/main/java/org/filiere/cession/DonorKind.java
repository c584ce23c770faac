package org.filiere.cession;

/**
 * Who gives the devices. The workshop report's rule: an individual's computer only needs a clean OS
 * reinstall; companies, associations and public bodies need NIST SP 800-88 sanitization with a formal
 * attestation. The names are part of the CLI and JSON contract. Immutable and thread-safe.
 */
public enum DonorKind {
    INDIVIDUAL, COMPANY, PUBLIC_INSTITUTION, ASSOCIATION
}
