package org.filiere.wipe.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.filiere.wipe.verify.BlockReader;
import org.filiere.wipe.verify.BlockReaderFactory;

/**
 * An in-memory medium standing in for a block device in unit tests: the fake "firmware" changes its bytes (fill,
 * scramble, leave alone) between the verifier's before and after samples. Thread-safe (synchronized).
 */
public final class MemoryMedium implements BlockReaderFactory {
    private final byte[] data;
    private final int alignment;
    private final AtomicInteger opens = new AtomicInteger();
    private volatile boolean denied;
    private volatile long unreadableFrom = -1;
    private volatile long unreadableTo = -1;

    public MemoryMedium(int size, int alignment) {
        this.data = new byte[size];
        this.alignment = alignment;
    }

    /** Fills every byte with pseudorandom data from {@code seed} (a drive full of user data, or CE garbage). */
    public synchronized MemoryMedium fillRandom(long seed) {
        new Random(seed).nextBytes(data);
        return this;
    }

    /** Fills {@code [from, to)} with pseudorandom data from {@code seed}. */
    public synchronized MemoryMedium fillRandomRange(long from, long to, long seed) {
        byte[] b = new byte[(int) (to - from)];
        new Random(seed).nextBytes(b);
        System.arraycopy(b, 0, data, (int) from, b.length);
        return this;
    }

    /** Sets every byte of {@code [from, to)} to {@code value}. */
    public synchronized MemoryMedium fill(long from, long to, int value) {
        Arrays.fill(data, (int) from, (int) to, (byte) value);
        return this;
    }

    /** Sets every byte to {@code value}. */
    public MemoryMedium fill(int value) {
        return fill(0, data.length, value);
    }

    /** Copies {@code length} bytes of {@code from} at {@code offset} back: to leave a location as it was. */
    public synchronized byte[] copy(long offset, int length) {
        return Arrays.copyOfRange(data, (int) offset, (int) offset + length);
    }

    /** Writes {@code bytes} at {@code offset}. */
    public synchronized void restore(long offset, byte[] bytes) {
        System.arraycopy(bytes, 0, data, (int) offset, bytes.length);
    }

    /** Makes every open fail with AccessDeniedException, as a non-root station reading /dev/sdX. */
    public MemoryMedium denyAccess() {
        denied = true;
        return this;
    }

    /** Makes reads touching {@code [from, to)} fail with an I/O error, as bad sectors. */
    public MemoryMedium unreadable(long from, long to) {
        unreadableFrom = from;
        unreadableTo = to;
        return this;
    }

    /** How many times a reader was opened. */
    public int opens() {
        return opens.get();
    }

    public int size() {
        return data.length;
    }

    @Override
    public BlockReader open(Path device) throws IOException {
        if (denied) {
            throw new AccessDeniedException(device.toString());
        }
        opens.incrementAndGet();
        return new BlockReader() {
            @Override
            public long size() {
                return data.length;
            }

            @Override
            public int alignment() {
                return alignment;
            }

            @Override
            public boolean bypassesCache() {
                return true;
            }

            @Override
            public void readFully(long offset, ByteBuffer dst) throws IOException {
                int n = dst.remaining();
                if (offset + n > data.length) {
                    throw new IOException("beyond the end");
                }
                if (unreadableFrom >= 0 && offset < unreadableTo && offset + n > unreadableFrom) {
                    throw new IOException("Input/output error");
                }
                synchronized (MemoryMedium.this) {
                    dst.put(data, (int) offset, n);
                }
            }

            @Override
            public void close() {
            }
        };
    }
}
