package org.filiere.reporting.certificate;

import org.filiere.internal.Require;

/**
 * A person who performs or validates a sanitization (NIST SP 800-88 Rev. 1 Appendix G blocks 1 and 6).
 * Only the name is required. Immutable.
 *
 * @param name         name or volunteer id
 * @param title        position or title, or null
 * @param organization organization, or null
 * @param location     location (site), or null
 * @param phone        phone or other contact, or null
 */
public record Person(String name, String title, String organization, String location, String phone) {
    public Person {
        Require.nonBlank(name, "person.name");
    }

    /** A person known by name only. */
    public static Person named(String name) {
        return new Person(name, null, null, null, null);
    }
}
