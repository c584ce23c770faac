package org.filiere.wipe.guard;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.filiere.internal.Require;

/**
 * What the safety guard decided about one device: allowed (with the kernel name it resolved to) or refused with
 * every reason found. Immutable.
 */
public sealed interface GuardVerdict permits GuardVerdict.Allowed, GuardVerdict.Refused {

    /** The path that was checked, as given. */
    Path device();

    /** True for {@link Allowed}. */
    default boolean allowed() {
        return this instanceof Allowed;
    }

    /** The refusals (empty when allowed). */
    List<Refusal> refusals();

    /**
     * The device may be wiped.
     *
     * @param device     the path as given
     * @param realDevice the device node it resolves to
     * @param kernelName the kernel's name for it ({@code sdb}, {@code loop3})
     * @param serial     the serial the drive reports, or null when it has none
     */
    record Allowed(Path device, Path realDevice, String kernelName, String serial) implements GuardVerdict {
        public Allowed {
            Require.nonNull(device, "device");
            Require.nonNull(realDevice, "realDevice");
            Require.nonBlank(kernelName, "kernelName");
        }

        @Override
        public List<Refusal> refusals() {
            return List.of();
        }
    }

    /**
     * The device must not be wiped.
     *
     * @param device   the path as given
     * @param refusals every reason found, at least one
     */
    record Refused(Path device, List<Refusal> refusals) implements GuardVerdict {
        public Refused {
            Require.nonNull(device, "device");
            refusals = Require.copy(refusals, "refusals");
            Require.that(!refusals.isEmpty(), "refusals", "a refusal needs a reason");
        }

        /** The reasons joined for a record or a log line. */
        public String summary() {
            return refusals.stream().map(Refusal::toString).collect(Collectors.joining("; "));
        }
    }
}
