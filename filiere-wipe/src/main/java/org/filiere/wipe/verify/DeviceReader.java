package org.filiere.wipe.verify;

import com.sun.nio.file.ExtendedOpenOption;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.filiere.internal.Require;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real {@link BlockReader}: a {@link FileChannel} on the device node opened with {@code READ} only (never
 * {@code WRITE}) and, where the file system allows it, {@code O_DIRECT}, so that reads after a firmware erase see
 * what the drive returns and not pages the kernel cached before the erase (the firmware command bypasses the
 * page cache). Aligned reads go through the direct channel; a read that is not aligned (only the tail of a medium
 * whose size is not a multiple of the alignment) goes through a second, cached channel. Not thread-safe.
 *
 * <pre>{@code
 * try (DeviceReader r = DeviceReader.open(Path.of("/dev/nvme0n1"))) { long size = r.size(); }
 * }</pre>
 */
public final class DeviceReader implements BlockReader {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceReader.class);
    /** Java's O_DIRECT channels demand the file system's block size; 4096 also suits 512-byte-sector drives. */
    static final int DIRECT_ALIGNMENT = 4096;

    private final Path device;
    private final FileChannel direct;
    private FileChannel cached;
    private final long size;
    private final int alignment;

    private DeviceReader(Path device, FileChannel direct, FileChannel cached, int alignment) throws IOException {
        this.device = device;
        this.direct = direct;
        this.cached = cached;
        this.size = (direct != null ? direct : cached).size();
        this.alignment = alignment;
    }

    /**
     * Opens {@code device} read-only, with O_DIRECT when the file system supports it.
     *
     * @throws IOException when it cannot be opened (missing, permission denied)
     */
    public static DeviceReader open(Path device) throws IOException {
        Require.nonNull(device, "device");
        FileChannel direct = null;
        try {
            direct = FileChannel.open(device, StandardOpenOption.READ, ExtendedOpenOption.DIRECT);
        } catch (AccessDeniedException | NoSuchFileException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            // tmpfs and some overlay file systems refuse O_DIRECT: fall back to cached reads, said in the record
            LOG.debug("O_DIRECT unavailable on {}: {}", device, e.toString());
        }
        if (direct != null) {
            try {
                return new DeviceReader(device, direct, null, DIRECT_ALIGNMENT);
            } catch (IOException e) {
                direct.close();
                throw e;
            }
        }
        FileChannel cached = FileChannel.open(device, StandardOpenOption.READ);
        try {
            return new DeviceReader(device, null, cached, DIRECT_ALIGNMENT);
        } catch (IOException e) {
            cached.close();
            throw e;
        }
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int alignment() {
        return alignment;
    }

    @Override
    public boolean bypassesCache() {
        return direct != null;
    }

    @Override
    public void readFully(long offset, ByteBuffer dst) throws IOException {
        Require.that(offset >= 0, "offset", "must not be negative");
        if (offset + dst.remaining() > size) {
            throw new EOFException("read of " + dst.remaining() + " bytes at " + offset + " goes beyond the end of "
                    + device + " (" + size + " bytes)");
        }
        boolean aligned = offset % alignment == 0 && dst.remaining() % alignment == 0 && isAligned(dst);
        FileChannel ch = direct != null && aligned ? direct : cachedChannel();
        long pos = offset;
        while (dst.hasRemaining()) {
            int n = ch.read(dst, pos);
            if (n < 0) {
                throw new EOFException("end of " + device + " at " + pos);
            }
            pos += n;
        }
    }

    private boolean isAligned(ByteBuffer b) {
        return b.isDirect() && b.alignmentOffset(b.position(), alignment) == 0;
    }

    private FileChannel cachedChannel() throws IOException {
        if (cached == null) {
            cached = FileChannel.open(device, StandardOpenOption.READ);
        }
        return cached;
    }

    @Override
    public void close() throws IOException {
        try {
            if (direct != null) {
                direct.close();
            }
        } finally {
            if (cached != null) {
                cached.close();
            }
        }
    }

    @Override
    public String toString() {
        return device + (bypassesCache() ? " (O_DIRECT)" : " (cached)");
    }
}
