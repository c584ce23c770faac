package org.filiere.wipe.verify;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Read-only access to the user-addressable bytes of one block device (or a stand-in for tests). There is no write
 * method on purpose: the read-back verifier must never be able to change the medium it is judging.
 *
 * <p>Not thread-safe: one reader is used by one sampling pass.
 *
 * <pre>{@code
 * try (BlockReader r = DeviceReader.open(Path.of("/dev/sdb"))) {
 *     ByteBuffer b = ByteBuffer.allocateDirect(2 * r.alignment()).alignedSlice(r.alignment());
 *     r.readFully(0, b.limit(r.alignment()));
 * }
 * }</pre>
 */
public interface BlockReader extends Closeable {
    /** The medium's size in bytes. */
    long size();

    /**
     * The unit offsets, lengths and buffer addresses should be multiples of for efficient (uncached) reads; the
     * sampler aligns every location to it. A power of two, at least 1.
     */
    int alignment();

    /** True when reads bypass the operating system's page cache (O_DIRECT), so they see what the drive returns. */
    boolean bypassesCache();

    /**
     * Reads exactly {@code dst.remaining()} bytes starting at {@code offset} into {@code dst}, advancing its
     * position to its limit.
     *
     * @throws IOException when the range cannot be read (I/O error, beyond the end of the medium)
     */
    void readFully(long offset, ByteBuffer dst) throws IOException;
}
