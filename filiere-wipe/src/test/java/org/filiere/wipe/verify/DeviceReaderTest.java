package org.filiere.wipe.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real reader on a regular file (no root needed): read-only, aligned and unaligned reads, bounds. */
class DeviceReaderTest {
    @TempDir
    Path dir;

    private Path file(int size, long seed) throws IOException {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        Path f = dir.resolve("medium.img");
        Files.write(f, b);
        return f;
    }

    @Test
    void readsAlignedRangesAndTheUnalignedTailExactly() throws IOException {
        int size = 5 * 4096 + 1000;
        Path f = file(size, 1);
        byte[] all = Files.readAllBytes(f);
        try (DeviceReader r = DeviceReader.open(f)) {
            assertThat(r.size()).isEqualTo(size);
            assertThat(r.alignment()).isEqualTo(4096);
            ByteBuffer b = ByteBuffer.allocateDirect(3 * 4096).alignedSlice(4096);
            b.limit(2 * 4096);
            r.readFully(4096, b);
            assertThat(b.hasRemaining()).isFalse();
            assertThat(bytes(b.flip())).isEqualTo(Arrays.copyOfRange(all, 4096, 3 * 4096));

            b.clear().limit(4096 + 1000); // the last block and the tail: not aligned, read through the cache
            r.readFully(4 * 4096, b);
            assertThat(bytes(b.flip())).isEqualTo(Arrays.copyOfRange(all, 4 * 4096, size));
        }
    }

    @Test
    void aReadBeyondTheEndIsAnIoErrorAndAMissingDeviceCannotBeOpened() throws IOException {
        Path f = file(8192, 2);
        try (DeviceReader r = DeviceReader.open(f)) {
            ByteBuffer b = ByteBuffer.allocateDirect(3 * 4096).alignedSlice(4096);
            assertThatThrownBy(() -> r.readFully(4096, b.limit(8192))).isInstanceOf(EOFException.class)
                    .hasMessageContaining("beyond the end");
        }
        assertThatThrownBy(() -> DeviceReader.open(dir.resolve("nope"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void theDeviceIsOpenedReadOnly() throws IOException {
        Path f = file(8192, 3);
        Path fdDir = Path.of("/proc/self/fd");
        Assumptions.assumeTrue(Files.isDirectory(fdDir), "needs Linux /proc to inspect open flags");
        try (DeviceReader r = DeviceReader.open(f)) {
            ByteBuffer b = ByteBuffer.allocateDirect(2 * 4096).alignedSlice(4096);
            r.readFully(0, b.limit(4096));
            int found = 0;
            try (var fds = Files.list(fdDir)) {
                for (Path fd : (Iterable<Path>) fds::iterator) {
                    Path target;
                    try {
                        target = Files.readSymbolicLink(fd);
                    } catch (IOException e) {
                        continue;
                    }
                    if (!target.equals(f.toRealPath())) {
                        continue;
                    }
                    String info = Files.readString(Path.of("/proc/self/fdinfo/" + fd.getFileName()));
                    String flags = info.lines().filter(l -> l.startsWith("flags:")).findFirst().orElseThrow()
                            .substring(6).strip();
                    long f8 = Long.parseLong(flags, 8);
                    assertThat(f8 & 3).as("O_ACCMODE of fd %s (flags %s)", fd, flags).isZero(); // O_RDONLY
                    found++;
                }
            }
            assertThat(found).as("descriptors open on the medium").isPositive();
        }
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
