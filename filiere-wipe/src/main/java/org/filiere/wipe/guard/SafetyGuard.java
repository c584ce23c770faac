package org.filiere.wipe.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.filiere.internal.Require;
import org.filiere.wipe.ToolOutputException;
import org.filiere.wipe.discovery.BlockDevice;
import org.filiere.wipe.discovery.LsblkParser;
import org.filiere.wipe.process.ProcessResult;
import org.filiere.wipe.process.ProcessRunner;
import org.filiere.wipe.process.ProcessSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a device may be wiped, before any engine touches it. It only reads (stat, /proc, /sys,
 * {@code lsblk}); it never opens the device. Refuses:
 * <ul>
 *   <li>a path not named explicitly by the operator;</li>
 *   <li>a path that does not exist, is not a block device, or is a link to something else than expected;</li>
 *   <li>a partition (only whole disks are wiped);</li>
 *   <li>a disk that holds a mounted filesystem, active swap or the running system, directly, through one of its
 *       partitions, or through a device stacked on it (holders: device-mapper, LVM, RAID), as seen in
 *       {@code /proc/self/mountinfo}, {@code /proc/mounts}, {@code /proc/swaps}, {@code /sys/block/X/holders}
 *       and lsblk's children;</li>
 *   <li>a disk whose serial differs from the expected one, or cannot be read when one is expected.</li>
 * </ul>
 * Every reason found is reported, not only the first. Thread-safe.
 *
 * <pre>{@code
 * SafetyGuard guard = SafetyGuard.system(new SystemProcessRunner());
 * GuardVerdict v = guard.check(GuardRequest.named(Path.of("/dev/sdb"), "S4EVNX0N123456"));
 * }</pre>
 */
public final class SafetyGuard {
    private static final Logger LOG = LoggerFactory.getLogger(SafetyGuard.class);
    private static final int S_IFMT = 0170000;
    private static final int S_IFBLK = 0060000;
    /** Mount points that mean "this disk runs the system". */
    private static final Set<String> SYSTEM_MOUNTS = Set.of("/", "/boot", "/boot/efi", "/efi", "/usr", "/var",
            "/etc", "/opt", "/home", "/srv", "/nix", "/run/live/medium", "/lib/live/mount/medium");

    private final Path proc;
    private final Path sys;
    private final ProcessRunner runner;

    /**
     * A guard reading {@code proc} and {@code sys} (normally {@code /proc} and {@code /sys}) and running lsblk
     * through {@code runner} (null to skip lsblk: serials are then read from sysfs only).
     */
    public SafetyGuard(Path proc, Path sys, ProcessRunner runner) {
        this.proc = Require.nonNull(proc, "proc");
        this.sys = Require.nonNull(sys, "sys");
        this.runner = runner;
    }

    /** The guard of this machine: /proc, /sys and lsblk. */
    public static SafetyGuard system(ProcessRunner runner) {
        return new SafetyGuard(Path.of("/proc"), Path.of("/sys"), runner);
    }

    /** Checks one device. */
    public GuardVerdict check(GuardRequest req) {
        Require.nonNull(req, "request");
        Map<String, Refusal> found = new LinkedHashMap<>();
        Path device = req.device();
        if (req.explicitlyNamed().stream().noneMatch(n -> same(n, device))) {
            add(found, RefusalReason.NOT_NAMED_EXPLICITLY, device + " is not among the devices named for this "
                    + "session " + req.explicitlyNamed());
        }
        if (!Files.exists(device, LinkOption.NOFOLLOW_LINKS)) {
            add(found, RefusalReason.NOT_FOUND, "no such file: " + device);
            return refused(device, found);
        }
        Path real;
        try {
            real = device.toRealPath();
        } catch (IOException e) {
            add(found, RefusalReason.NOT_FOUND, device + " is a dangling link");
            return refused(device, found);
        }
        if (Files.isSymbolicLink(device) && req.expectedDevice() != null && !same(req.expectedDevice(), real)) {
            add(found, RefusalReason.LINK_TARGET_MISMATCH, device + " leads to " + real + ", not to "
                    + req.expectedDevice());
        }
        int mode;
        long rdev;
        try {
            mode = (Integer) Files.getAttribute(real, "unix:mode");
            rdev = (Long) Files.getAttribute(real, "unix:rdev");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            add(found, RefusalReason.INSPECTION_FAILED, "cannot stat " + real + ": " + e);
            return refused(device, found);
        }
        if ((mode & S_IFMT) != S_IFBLK) {
            add(found, RefusalReason.NOT_BLOCK_DEVICE, real + (real.equals(device) ? "" : " (from " + device + ")")
                    + " is " + kind(mode) + ", not a block device");
            return refused(device, found);
        }
        long major = ((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL);
        long minor = (rdev & 0xff) | ((rdev >>> 12) & ~0xffL);
        Path sysDev = sys.resolve("dev/block/" + major + ":" + minor);
        String name;
        try {
            name = sysDev.toRealPath().getFileName().toString();
        } catch (IOException e) {
            add(found, RefusalReason.INSPECTION_FAILED, "no sysfs entry " + sysDev + " for " + real);
            return refused(device, found);
        }
        if (Files.exists(sysDev.resolve("partition"))) {
            add(found, RefusalReason.PARTITION_NOT_DISK, name + " is a partition; name the whole disk");
        }

        Family family = family(name, sysDev);
        for (String holder : family.holders) {
            add(found, RefusalReason.HELD_BY_ANOTHER_DEVICE, holder + " is stacked on " + name
                    + " (device-mapper, LVM or RAID in use)");
        }
        checkMounts(family, found);
        checkSwaps(family, found);
        BlockDevice lsblk = lsblk(real);
        if (lsblk != null) {
            for (BlockDevice node : lsblk.tree()) {
                for (String mp : node.mountpoints()) {
                    RefusalReason r = isSystemMount(mp) ? RefusalReason.SYSTEM_DISK : RefusalReason.MOUNTED;
                    add(found, r, "/dev/" + node.name() + " mounted on " + mp);
                }
                if ("[SWAP]".equals(node.mountpoints().isEmpty() ? null : node.mountpoints().get(0))) {
                    add(found, RefusalReason.SWAP, "/dev/" + node.name() + " is active swap");
                }
            }
        }
        String serial = serial(name, lsblk);
        if (req.expectedSerial() != null) {
            if (serial == null) {
                add(found, RefusalReason.SERIAL_UNKNOWN, "expected serial " + req.expectedSerial() + " but "
                        + name + " reports none");
            } else if (!serial.strip().equalsIgnoreCase(req.expectedSerial().strip())) {
                add(found, RefusalReason.SERIAL_MISMATCH, name + " reports serial " + serial + ", expected "
                        + req.expectedSerial());
            }
        }
        if (!found.isEmpty()) {
            return refused(device, found);
        }
        return new GuardVerdict.Allowed(device, real, name, serial);
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static String kind(int mode) {
        switch (mode & S_IFMT) {
            case 0100000: return "a regular file";
            case 0040000: return "a directory";
            case 0020000: return "a character device";
            case 0010000: return "a FIFO";
            case 0140000: return "a socket";
            default: return "not a device";
        }
    }

    private static void add(Map<String, Refusal> found, RefusalReason reason, String detail) {
        found.putIfAbsent(reason + "|" + detail, new Refusal(reason, detail));
    }

    private static GuardVerdict refused(Path device, Map<String, Refusal> found) {
        GuardVerdict.Refused v = new GuardVerdict.Refused(device, new ArrayList<>(found.values()));
        LOG.debug("guard refuses {}: {}", device, v.summary());
        return v;
    }

    /** The disk, its partitions and everything stacked on them (names and maj:min). */
    private static final class Family {
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> majMin = new LinkedHashSet<>();
        final Set<String> holders = new LinkedHashSet<>();
    }

    private Family family(String name, Path sysDev) {
        Family f = new Family();
        Deque<Path> todo = new ArrayDeque<>();
        Path diskDir;
        try {
            diskDir = sysDev.toRealPath();
        } catch (IOException e) {
            diskDir = sysDev;
        }
        todo.add(diskDir);
        // partitions are sub-directories named after the disk that carry a "partition" file
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(diskDir)) {
            for (Path p : ds) {
                if (Files.isDirectory(p) && Files.exists(p.resolve("partition"))) {
                    todo.add(p);
                }
            }
        } catch (IOException e) {
            LOG.debug("cannot list {}: {}", diskDir, e.toString());
        }
        int guard = 0;
        while (!todo.isEmpty() && guard++ < 1000) {
            Path dir = todo.poll();
            String n = dir.getFileName().toString();
            if (!f.names.add(n)) {
                continue;
            }
            String dev = read(dir.resolve("dev"));
            if (dev != null) {
                f.majMin.add(dev.strip());
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir.resolve("holders"))) {
                for (Path h : ds) {
                    String hn = h.getFileName().toString();
                    f.holders.add(hn);
                    Path hdir = sys.resolve("class/block/" + hn);
                    try {
                        todo.add(hdir.toRealPath());
                    } catch (IOException e) {
                        todo.add(h);
                    }
                }
            } catch (IOException e) {
                LOG.debug("no holders directory in {}", dir);
            }
        }
        return f;
    }

    private void checkMounts(Family family, Map<String, Refusal> found) {
        String mountinfo = read(proc.resolve("self/mountinfo"));
        if (mountinfo != null) {
            for (String line : mountinfo.split("\n")) {
                String[] f = line.split(" ");
                if (f.length < 5) {
                    continue;
                }
                int dash = line.indexOf(" - ");
                String source = "";
                if (dash >= 0) {
                    String[] tail = line.substring(dash + 3).split(" ");
                    source = tail.length > 1 ? tail[1] : "";
                }
                String mountPoint = unescape(f[4]);
                if (family.majMin.contains(f[2]) || family.names.contains(baseName(source))) {
                    RefusalReason r = isSystemMount(mountPoint) ? RefusalReason.SYSTEM_DISK : RefusalReason.MOUNTED;
                    add(found, r, (source.isEmpty() ? f[2] : source) + " mounted on " + mountPoint);
                }
            }
        }
        String mounts = read(proc.resolve("mounts"));
        if (mounts != null) {
            for (String line : mounts.split("\n")) {
                String[] f = line.split(" ");
                if (f.length < 2 || !f[0].startsWith("/")) {
                    continue;
                }
                if (family.names.contains(baseName(resolve(f[0])))) {
                    String mp = unescape(f[1]);
                    RefusalReason r = isSystemMount(mp) ? RefusalReason.SYSTEM_DISK : RefusalReason.MOUNTED;
                    add(found, r, f[0] + " mounted on " + mp);
                }
            }
        }
        if (mountinfo == null && mounts == null) {
            add(found, RefusalReason.INSPECTION_FAILED, "cannot read " + proc.resolve("self/mountinfo") + " nor "
                    + proc.resolve("mounts"));
        }
    }

    private void checkSwaps(Family family, Map<String, Refusal> found) {
        String swaps = read(proc.resolve("swaps"));
        if (swaps == null) {
            return;
        }
        String[] lines = swaps.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String file = lines[i].split("\\s+")[0];
            if (file.startsWith("/dev/") && family.names.contains(baseName(resolve(file)))) {
                add(found, RefusalReason.SWAP, file + " is active swap");
            }
        }
    }

    private static boolean isSystemMount(String mp) {
        return SYSTEM_MOUNTS.contains(mp);
    }

    private static String resolve(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return path;
        }
    }

    private static String baseName(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? path : path.substring(i + 1);
    }

    private static String unescape(String s) {
        return s.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\");
    }

    private BlockDevice lsblk(Path real) {
        if (runner == null) {
            return null;
        }
        try {
            ProcessResult r = runner.run(ProcessSpec.of(Duration.ofSeconds(30), "lsblk", "-J", "-O", "-b",
                    real.toString()));
            if (!r.succeeded()) {
                LOG.warn("lsblk on {} failed: {}", real, r.describe());
                return null;
            }
            List<BlockDevice> devs = LsblkParser.parse(r.stdoutText());
            return devs.isEmpty() ? null : devs.get(0);
        } catch (ToolOutputException e) {
            LOG.warn("unreadable lsblk output for {}: {}", real, e.getMessage());
            return null;
        }
    }

    private String serial(String name, BlockDevice lsblk) {
        if (lsblk != null && lsblk.serial() != null) {
            return lsblk.serial();
        }
        for (String rel : List.of("block/" + name + "/device/serial", "block/" + name + "/serial")) {
            String s = read(sys.resolve(rel));
            if (s != null && !s.isBlank()) {
                return s.strip();
            }
        }
        return null;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SafetyGuard[proc=%s, sys=%s]", proc, sys);
    }
}
