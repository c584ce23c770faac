package org.filiere.wipe.verify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.filiere.FiliereException;
import org.filiere.internal.Require;
import org.filiere.wipe.process.Cancellation;

/**
 * Reads a {@link SampleLayout}'s locations and keeps, per location, the SHA-256 of its bytes and whether they are
 * uniform (all 0x00 or all 0xFF); {@link ReadBackComparison#of} then judges a before/after pair. Reads are aligned,
 * go through one direct buffer of {@link ReadBackSettings#bufferBytes()} (memory is bounded whatever the location
 * size) and visit the locations in increasing offset order. Stateless apart from its settings; thread-safe (each
 * call allocates its own buffers).
 *
 * <pre>{@code
 * SampledReadBack rb = new SampledReadBack(ReadBackSettings.nist());
 * SampleLayout layout;
 * Sample before;
 * try (BlockReader r = DeviceReader.open(dev)) { layout = rb.layout(r); before = rb.read(r, layout, null, null); }
 * // ... firmware erase ...
 * Sample after;
 * try (BlockReader r = DeviceReader.open(dev)) { after = rb.read(r, layout, null, null); }
 * ReadBackComparison c = ReadBackComparison.of(before, after, false);
 * }</pre>
 */
public final class SampledReadBack {
    /** Told how many bytes of the sample have been read. May be called often; must be quick. */
    @FunctionalInterface
    public interface ReadObserver {
        /** Ignores progress. */
        ReadObserver NONE = (done, total) -> { };

        void onRead(long bytesDone, long bytesTotal);
    }

    private final ReadBackSettings settings;

    public SampledReadBack(ReadBackSettings settings) {
        this.settings = Require.nonNull(settings, "settings");
    }

    /** The settings. */
    public ReadBackSettings settings() {
        return settings;
    }

    /** A fresh layout for the medium behind {@code reader}, with a seed from the settings. */
    public SampleLayout layout(BlockReader reader) {
        Require.nonNull(reader, "reader");
        return SampleLayout.plan(reader.size(), reader.alignment(), settings, settings.seeds().getAsLong());
    }

    /**
     * Reads every location of {@code layout}. A location that fails to read is recorded with its error (the sample
     * goes on); cancellation stops between chunks and returns a sample marked cancelled.
     */
    public Sample read(BlockReader reader, SampleLayout layout, ReadObserver observer, Cancellation cancellation) {
        Require.nonNull(reader, "reader");
        Require.nonNull(layout, "layout");
        ReadObserver obs = observer == null ? ReadObserver.NONE : observer;
        int align = Math.max(layout.alignment(), reader.alignment());
        int chunk = Math.max(align, settings.bufferBytes() / align * align);
        ByteBuffer buf = ByteBuffer.allocateDirect(chunk + align).alignedSlice(align);
        ByteBuffer zeros = ByteBuffer.allocateDirect(chunk);
        ByteBuffer ones = ByteBuffer.allocateDirect(chunk);
        for (int i = 0; i < chunk; i++) {
            ones.put(i, (byte) 0xFF);
        }
        MessageDigest md = sha256();
        HexFormat hex = HexFormat.of();
        long total = layout.bytesCovered();
        long done = 0;
        List<LocationContent> out = new ArrayList<>(layout.locations().size());
        for (SampleLocation loc : layout.locations()) {
            md.reset();
            boolean allZero = true;
            boolean allOne = true;
            String error = null;
            for (long off = loc.offset(); off < loc.end(); ) {
                if (cancellation != null && cancellation.isCancelled()) {
                    return new Sample(layout, out, reader.bypassesCache(), true);
                }
                int n = (int) Math.min(chunk, loc.end() - off);
                buf.clear().limit(n);
                try {
                    reader.readFully(off, buf);
                } catch (IOException | RuntimeException e) {
                    error = e.getClass().getSimpleName() + " at byte " + off + ": " + e.getMessage();
                    done += loc.end() - off;
                    break;
                }
                buf.flip();
                if (allZero) {
                    allZero = buf.mismatch(zeros.clear().limit(n)) < 0;
                }
                if (allOne) {
                    allOne = buf.mismatch(ones.clear().limit(n)) < 0;
                }
                md.update(buf);
                off += n;
                done += n;
                obs.onRead(done, total);
            }
            if (error != null) {
                out.add(new LocationContent(loc, null, null, error));
            } else {
                Uniformity u = allZero ? Uniformity.ZEROS : allOne ? Uniformity.ONES : Uniformity.MIXED;
                out.add(new LocationContent(loc, hex.formatHex(md.digest()), u, null));
            }
        }
        return new Sample(layout, out, reader.bypassesCache(), false);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new FiliereException("SHA-256 unavailable", e);
        }
    }
}
