package org.filiere.wipe.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.filiere.wipe.process.ProcessResult;
import org.filiere.wipe.process.SystemProcessRunner;
import org.filiere.wipe.process.ProcessSpec;

/**
 * A loop device over a sparse file, attached with {@code losetup -f --show} and always detached by
 * {@link #close()} (use try-with-resources), even when the test fails. Only the device this object attached is
 * ever detached. Needs root.
 */
public final class LoopDevice implements AutoCloseable {
    private static final SystemProcessRunner RUN = new SystemProcessRunner();

    private final Path file;
    private final Path device;
    private final long size;

    private LoopDevice(Path file, Path device, long size) {
        this.file = file;
        this.device = device;
        this.size = size;
    }

    /** Creates {@code dir/name} of {@code size} bytes (truncate) and attaches it, read-only when asked. */
    public static LoopDevice create(Path dir, String name, long size, boolean readOnly) {
        return create(dir, name, size, readOnly, false);
    }

    /**
     * Creates a device whose backing file carries an MBR with one Linux partition from sector 2048 to the end,
     * attached with partition scanning ({@code losetup -P}): the kernel creates {@code loopNp1}.
     */
    public static LoopDevice createPartitioned(Path dir, String name, long size) {
        Path file = dir.resolve(name);
        byte[] mbr = new byte[512];
        ByteBuffer b = ByteBuffer.wrap(mbr).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        mbr[446 + 4] = (byte) 0x83;
        b.putInt(446 + 8, 2048);
        b.putInt(446 + 12, (int) (size / 512 - 2048));
        mbr[510] = 0x55;
        mbr[511] = (byte) 0xAA;
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
            f.write(mbr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return create(dir, name, size, false, true);
    }

    private static LoopDevice create(Path dir, String name, long size, boolean readOnly, boolean partScan) {
        Path file = dir.resolve(name);
        if (partScan) {
            return attach(file, size, List.of("losetup", "-f", "--show", "-P", file.toString()));
        }
        try {
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                f.setLength(size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> cmd = new ArrayList<>(List.of("losetup", "-f", "--show"));
        if (readOnly) {
            cmd.add("-r");
        }
        cmd.add(file.toString());
        return attach(file, size, cmd);
    }

    private static LoopDevice attach(Path file, long size, List<String> cmd) {
        ProcessResult r = RUN.run(ProcessSpec.of(Duration.ofSeconds(30), cmd));
        if (!r.succeeded() || r.stdout().isEmpty()) {
            throw new IllegalStateException("losetup failed: " + r.describe() + " " + r.stderr());
        }
        return new LoopDevice(file, Path.of(r.stdout().get(0).strip()), size);
    }

    /** Fills the backing file with pseudo-random bytes (before attaching read-only, or through the device). */
    public void fillRandom(long seed) {
        Random rnd = new Random(seed);
        byte[] buf = new byte[1 << 20];
        try (FileChannel ch = FileChannel.open(device, StandardOpenOption.WRITE)) {
            for (long off = 0; off < size; off += buf.length) {
                rnd.nextBytes(buf);
                ch.write(ByteBuffer.wrap(buf, 0, (int) Math.min(buf.length, size - off)), off);
            }
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills the backing file (not the device) with random bytes: for read-only devices. */
    public static void fillFileRandom(Path file, long size, long seed) {
        Random rnd = new Random(seed);
        byte[] buf = new byte[1 << 20];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE)) {
            for (long off = 0; off < size; off += buf.length) {
                rnd.nextBytes(buf);
                ch.write(ByteBuffer.wrap(buf, 0, (int) Math.min(buf.length, size - off)), off);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every byte of the device and returns the number of non-zero bytes. */
    public long countNonZeroBytes() {
        long nonZero = 0;
        long read = 0;
        ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        try (FileChannel ch = FileChannel.open(device, StandardOpenOption.READ)) {
            int n;
            while ((n = ch.read(buf)) > 0) {
                buf.flip();
                for (int i = 0; i < n; i++) {
                    if (buf.get(i) != 0) {
                        nonZero++;
                    }
                }
                read += n;
                buf.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (read != size) {
            throw new IllegalStateException("read " + read + " bytes of " + size + " from " + device);
        }
        return nonZero;
    }

    public Path device() {
        return device;
    }

    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    /** Detaches the device (retrying while the kernel still holds it) and deletes the backing file. */
    @Override
    public void close() {
        for (int i = 0; i < 10; i++) {
            ProcessResult r = RUN.run(ProcessSpec.of(Duration.ofSeconds(30), "losetup", "-d", device.toString()));
            if (r.succeeded()) {
                break;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover sparse file in a temp dir is harmless
        }
    }

    @Override
    public String toString() {
        return device + " -> " + file;
    }
}
