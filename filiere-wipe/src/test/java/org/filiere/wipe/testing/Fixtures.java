package org.filiere.wipe.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test resources; {@link #read} strips the {@code # source:} provenance line the fixtures start with. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The resource's text without its leading {@code # source:} line. */
    public static String read(String resource) {
        String text = raw(resource);
        if (text.startsWith("# source:")) {
            int nl = text.indexOf('\n');
            return nl < 0 ? "" : text.substring(nl + 1);
        }
        return text;
    }

    /** The resource's text as stored. */
    public static String raw(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
