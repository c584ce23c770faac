package org.filiere.reporting.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.filiere.FiliereException;
import org.filiere.internal.Require;
import org.filiere.ledger.Ledger;
import org.filiere.ledger.LedgerEntry;
import org.filiere.reporting.json.CanonicalJson;
import org.filiere.reporting.json.DocumentException;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.reporting.json.SchemaVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable journal: an append-only JSON Lines file in which every line is one {@link LedgerEntry},
 * hash-chained to the line before it, and forced to the storage device before {@link #append} returns.
 *
 * <p>Each line is the canonical JSON (sorted keys, no whitespace) of
 * {@code {"entry":{...},"hash":H,"prev":P,"recordedAt":"...","schemaVersion":1,"seq":N}} followed by
 * {@code \n}, where {@code P} is the previous line's {@code hash} ({@link #GENESIS} for line 1) and
 * {@code H = SHA-256(P + canonical JSON of the line without "hash")} in lower-case hex. Because every line
 * must be byte-for-byte its own canonical form, any change to any byte is detected and located at the
 * first bad line; a last line without its newline is a <em>torn tail</em> (a write cut short), reported as
 * such, with every line before it kept. Removing whole lines from the end cannot be detected by a chain
 * alone: compare the entry count or last hash with a copy kept elsewhere (a signed certificate, a backup).
 *
 * <p>{@link #open(Path, Clock)} takes an exclusive lock on the file, refuses a tampered journal, and
 * repairs a torn tail by truncating it (reported by {@link #repairedTail()} and logged). {@link #read(Path)}
 * and {@link #verify(Path)} never change the file.
 *
 * <p>Thread-safe: appends are serialised; {@link #entries()} returns a snapshot.
 *
 * <pre>{@code
 * try (Journal journal = Journal.open(Path.of("journal.jsonl"), Clock.systemUTC())) {
 *     journal.append(new LedgerEntry.SanitizationRecorded(record));   // on disk when this returns
 * }
 * JournalCheck check = Journal.verify(Path.of("journal.jsonl"));     // INTACT, TORN_TAIL or TAMPERED
 * }</pre>
 */
public final class Journal implements Ledger, AutoCloseable {
    /** The previous-hash of the first line: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private static final HexFormat HEX = HexFormat.of();

    private final Path file;
    private final Clock clock;
    private final FileChannel channel;
    private final FileLock lock;
    private final List<JournalLine> lines;
    private final JournalCheck repaired;
    private String lastHash;
    private long size;
    private boolean closed;

    private Journal(Path file, Clock clock, FileChannel channel, FileLock lock, JournalContents contents,
                    JournalCheck repaired) {
        this.file = file;
        this.clock = clock;
        this.channel = channel;
        this.lock = lock;
        this.lines = new ArrayList<>(contents.lines());
        this.repaired = repaired;
        this.lastHash = contents.check().lastGoodHash();
        this.size = contents.check().goodBytes();
    }

    /**
     * Opens {@code file} for appending, creating it (and forcing its directory) when missing.
     *
     * @throws FiliereException when the journal is tampered (naming the first bad line), locked by another
     *                          process, or cannot be read or written
     */
    public static Journal open(Path file, Clock clock) {
        Require.nonNull(file, "file");
        Require.nonNull(clock, "clock");
        FileChannel channel = null;
        try {
            boolean created = !Files.exists(file);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            if (created) {
                forceDirectory(file);
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new FiliereException("journal is in use by another writer").with("file", file);
            }
            byte[] bytes = readAll(channel);
            JournalContents contents = parse(bytes, file.toString());
            JournalCheck check = contents.check();
            JournalCheck repaired = null;
            if (check.status() == JournalCheck.Status.TAMPERED) {
                lock.release();
                throw new FiliereException("journal is tampered: refusing to append").with("file", file)
                        .with("line", check.firstBadLine()).with("reason", check.reason());
            }
            if (check.status() == JournalCheck.Status.TORN_TAIL) {
                channel.truncate(check.goodBytes());
                channel.force(true);
                repaired = check;
                LOG.warn("journal {}: torn last line {} ({}) removed; {} intact entries kept", file,
                        check.firstBadLine(), check.reason(), check.goodEntries());
            }
            return new Journal(file, clock, channel, lock, contents, repaired);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new FiliereException("cannot open journal", e).with("file", file);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Reads {@code file} without changing it: the intact lines and the check. */
    public static JournalContents read(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw DocumentException.fileNotFound(file.toString(), e);
        } catch (IOException e) {
            throw new DocumentException("cannot read journal: " + e.getMessage(), file.toString(), -1, -1, null, e);
        }
    }

    /** Checks {@code file}'s hash chain without changing it. */
    public static JournalCheck verify(Path file) {
        return read(file).check();
    }

    /** Parses journal bytes; never throws for bad content, only reports it in the check. */
    public static JournalContents parse(byte[] bytes, String sourceName) {
        List<JournalLine> good = new ArrayList<>();
        String prev = GENESIS;
        int start = 0;
        int lineNo = 0;
        while (start < bytes.length) {
            lineNo++;
            int nl = indexOf(bytes, (byte) '\n', start);
            if (nl < 0) {
                return new JournalContents(good, new JournalCheck(JournalCheck.Status.TORN_TAIL, good.size(),
                        lineNo, "last line is incomplete (" + (bytes.length - start) + " bytes without newline)",
                        prev, start));
            }
            byte[] line = java.util.Arrays.copyOfRange(bytes, start, nl);
            String problem;
            JournalLine parsed = null;
            try {
                parsed = parseLine(line, lineNo, prev, sourceName);
                problem = null;
            } catch (BadLine e) {
                problem = e.getMessage();
            }
            if (problem != null) {
                return new JournalContents(good, new JournalCheck(JournalCheck.Status.TAMPERED, good.size(),
                        lineNo, problem, prev, start));
            }
            good.add(parsed);
            prev = parsed.hash();
            start = nl + 1;
        }
        return new JournalContents(good, new JournalCheck(JournalCheck.Status.INTACT, good.size(), 0, "", prev,
                bytes.length));
    }

    private static JournalLine parseLine(byte[] line, int lineNo, String prev, String sourceName) throws BadLine {
        JsonNode node;
        try {
            node = JsonDocuments.readTree(line, sourceName);
        } catch (DocumentException e) {
            throw new BadLine("not valid JSON: " + e.reason());
        }
        if (!node.isObject()) {
            throw new BadLine("not a JSON object");
        }
        if (!java.util.Arrays.equals(CanonicalJson.bytes(node), line)) {
            throw new BadLine("not in canonical form (bytes changed)");
        }
        ObjectNode obj = (ObjectNode) node;
        List<String> fields = new ArrayList<>();
        obj.fieldNames().forEachRemaining(fields::add);
        if (!fields.equals(List.of("entry", "hash", "prev", "recordedAt", "schemaVersion", "seq"))) {
            throw new BadLine("unexpected fields " + fields);
        }
        if (!obj.get("schemaVersion").isInt() || obj.get("schemaVersion").intValue() != SchemaVersion.CURRENT) {
            throw new BadLine("unsupported schemaVersion " + obj.get("schemaVersion"));
        }
        if (!obj.get("seq").canConvertToLong() || obj.get("seq").longValue() != lineNo) {
            throw new BadLine("sequence number " + obj.get("seq") + " where " + lineNo + " was expected");
        }
        if (!prev.equals(obj.get("prev").asText())) {
            throw new BadLine("previous hash does not match line " + (lineNo - 1));
        }
        String hash = obj.get("hash").asText();
        ObjectNode unhashed = obj.deepCopy();
        unhashed.remove("hash");
        if (!hash.equals(chainHash(prev, unhashed))) {
            throw new BadLine("hash does not match the line's content");
        }
        try {
            Instant at = Instant.parse(obj.get("recordedAt").asText());
            LedgerEntry entry = JsonDocuments.convert(obj.get("entry"), sourceName, LedgerEntry.class);
            return new JournalLine(lineNo, at, entry, prev, hash);
        } catch (RuntimeException e) {
            throw new BadLine("entry cannot be read: " + e.getMessage());
        }
    }

    static String chainHash(String prev, ObjectNode lineWithoutHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prev.getBytes(StandardCharsets.US_ASCII));
            sha.update(CanonicalJson.bytes(lineWithoutHash));
            return HEX.formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new FiliereException("SHA-256 unavailable", e);
        }
    }

    /** Builds the canonical line (with its newline) for {@code entry} after {@code prev}. */
    static Encoded encode(long seq, Instant recordedAt, LedgerEntry entry, String prev) {
        ObjectNode obj = JsonDocuments.mapper().createObjectNode();
        try {
            // Written through the sealed type so that the entry carries its type property.
            obj.set("entry", JsonDocuments.mapper().readTree(
                    JsonDocuments.mapper().writerFor(LedgerEntry.class).writeValueAsBytes(entry)));
        } catch (IOException e) {
            throw new FiliereException("cannot serialise journal entry", e).with("seq", seq);
        }
        obj.put("prev", prev);
        obj.put("recordedAt", recordedAt.toString());
        obj.put("schemaVersion", SchemaVersion.CURRENT);
        obj.put("seq", seq);
        String hash = chainHash(prev, obj);
        obj.put("hash", hash);
        return new Encoded((CanonicalJson.string(obj) + "\n").getBytes(StandardCharsets.UTF_8), hash);
    }

    record Encoded(byte[] line, String hash) {
    }

    /**
     * Appends {@code entry} as a new chained line and forces it (data and metadata) to the device before
     * returning.
     *
     * @throws FiliereException when the journal is closed or the write fails (the entry is then not recorded)
     */
    @Override
    public synchronized void append(LedgerEntry entry) {
        Require.nonNull(entry, "entry");
        if (closed) {
            throw new FiliereException("journal is closed").with("file", file);
        }
        long seq = lines.size() + 1L;
        Instant now = clock.instant();
        Encoded encoded = encode(seq, now, entry, lastHash);
        byte[] line = encoded.line();
        try {
            ByteBuffer buf = ByteBuffer.wrap(line);
            long pos = size;
            while (buf.hasRemaining()) {
                pos += channel.write(buf, pos);
            }
            channel.force(true);
        } catch (IOException e) {
            // Leave nothing half-written behind if we can; a failed truncate leaves a torn tail that the
            // next open repairs.
            try {
                channel.truncate(size);
            } catch (IOException ignored) {
                LOG.debug("truncate after failed append failed", ignored);
            }
            throw new FiliereException("cannot append to journal", e).with("file", file).with("seq", seq);
        }
        size += line.length;
        String hash = encoded.hash();
        lines.add(new JournalLine(seq, now, entry, lastHash, hash));
        lastHash = hash;
    }

    @Override
    public synchronized List<LedgerEntry> entries() {
        return lines.stream().map(JournalLine::entry).toList();
    }

    /** A snapshot of the lines written or read so far. */
    public synchronized List<JournalLine> lines() {
        return List.copyOf(lines);
    }

    /** The hash of the last line ({@link #GENESIS} when empty). */
    public synchronized String lastHash() {
        return lastHash;
    }

    /** The torn tail found and truncated when this journal was opened, if any. */
    public Optional<JournalCheck> repairedTail() {
        return Optional.ofNullable(repaired);
    }

    /** The journal's file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } catch (IOException e) {
            LOG.debug("lock release failed", e);
        }
        closeQuietly(channel);
    }

    private static byte[] readAll(FileChannel ch) throws IOException {
        long n = ch.size();
        if (n > Integer.MAX_VALUE - 16) {
            throw new FiliereException("journal too large to read").with("bytes", n);
        }
        ByteBuffer buf = ByteBuffer.allocate((int) n);
        long pos = 0;
        while (buf.hasRemaining()) {
            int r = ch.read(buf, pos);
            if (r < 0) {
                break;
            }
            pos += r;
        }
        return buf.array();
    }

    private static void forceDirectory(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) {
            return;
        }
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a directory; the file itself is still forced on each append.
            LOG.debug("cannot force directory {}", dir, e);
        }
    }

    private static int indexOf(byte[] a, byte b, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                LOG.debug("close failed", e);
            }
        }
    }

    private static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String message) {
            super(message, null, false, false);
        }
    }
}
