package org.filiere.wipe.verify;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a {@link BlockReader} on a device path. The real one is {@link DeviceReader#open}; tests pass an in-memory
 * medium. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface BlockReaderFactory {
    /** The real device, opened read-only. */
    BlockReaderFactory DEVICES = DeviceReader::open;

    /**
     * Opens {@code device} for reading only.
     *
     * @throws IOException when it cannot be opened (missing, permission denied, not a readable device)
     */
    BlockReader open(Path device) throws IOException;
}
