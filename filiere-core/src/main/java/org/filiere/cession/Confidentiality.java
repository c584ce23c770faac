package org.filiere.cession;

/**
 * The confidentiality of the data a donor's media held (FIPS 199 impact, as used by NIST SP 800-88's
 * decision flow). The names are part of the CLI and JSON contract. Immutable and thread-safe.
 */
public enum Confidentiality {
    LOW, MODERATE, HIGH
}
