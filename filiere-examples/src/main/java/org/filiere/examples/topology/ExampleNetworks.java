package org.filiere.examples.topology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.filiere.FiliereException;
import org.filiere.reporting.document.NetworkDocument;
import org.filiere.reporting.json.JsonDocuments;

/**
 * The networks shipped with the reference application, read from the classpath. Thread-safe (stateless).
 *
 * <pre>{@code
 * NetworkDocument doc = ExampleNetworks.zoneNord();
 * ValidatedNetwork net = doc.toNetwork().validate(doc.topologyPolicy());
 * }</pre>
 */
public final class ExampleNetworks {
    /** Classpath location of the workshop report's northern zone (also usable as a file template). */
    public static final String ZONE_NORD = "/examples/zone-nord.json";

    private ExampleNetworks() {
    }

    /** The workshop report's northern-zone network (see {@code docs/network.md}). */
    public static NetworkDocument zoneNord() {
        return load(ZONE_NORD);
    }

    /** The JSON text of the northern-zone network, for writing a copy the user can edit. */
    public static String zoneNordJson() {
        return text(ZONE_NORD);
    }

    /** Reads a network document shipped on the classpath. */
    public static NetworkDocument load(String resource) {
        return JsonDocuments.read(text(resource), "classpath:" + resource, NetworkDocument.class);
    }

    private static String text(String resource) {
        try (InputStream in = ExampleNetworks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FiliereException("missing example resource").with("resource", resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FiliereException("cannot read example resource", e).with("resource", resource);
        }
    }
}
