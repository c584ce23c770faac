package org.filiere.wipe.nwipe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses an nwipe log (the {@code --logfile} or its stdout copy) of the layouts of nwipe before 0.31, 0.31–0.40
 * (Debian's 0.33/0.34) and 0.41+ (Erasure Summary). Never throws: any text, however garbled or truncated, gives a
 * {@link NwipeLog} whose {@link NwipeLog#outcome(String)} is then a failure with the reason. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * NwipeLog log = NwipeLogParser.parse(Files.readString(logFile));
 * NwipeLog.Outcome o = log.outcome("/dev/sdb");   // ERASED only with a clean Erased row and a complete log
 * }</pre>
 */
public final class NwipeLogParser {
    private static final Pattern LOG_LINE =
            Pattern.compile("^\\[(\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2})\\]\\s*([a-z]+):\\s?(.*)$");
    private static final Pattern FOOTER = Pattern.compile("^\\[[^\\]]*\\]\\s*Total Throughput\\s*(.*)$");
    private static final Pattern VERSION =
            Pattern.compile("^(?:banner\\s*=\\s*)?nwipe(?: version)?\\s+v?(\\d+\\.\\d+(?:\\.\\d+)?)\\S*\\s*$");
    private static final Pattern OPTION = Pattern.compile("^\\s+(method|rounds|verify|noblank)\\s+=\\s+(.*)$");
    private static final Pattern DEVICE = Pattern.compile("/dev/([A-Za-z0-9_\\-]+(?:/[A-Za-z0-9_\\-:.]+)*)");
    private static final Pattern BYTES = Pattern.compile("^(\\d+) bytes (written to|read from) /dev/");
    private static final Pattern THROUGHPUT = Pattern.compile("(\\d+)\\s*(TB|GB|MB|KB|B)/s");
    private static final Pattern HMS = Pattern.compile("^(\\d+):(\\d{2}):(\\d{2})$");
    private static final Pattern FOOTER_SUFFIX = Pattern.compile("(\\d+)R\\+(B|NB)\\+(NV|VL|VA)\\s*$");
    private static final Pattern INVOKING = Pattern.compile("^Invoking method '(.*)' on /dev/");

    private NwipeLogParser() {
    }

    private enum Section { NONE, ERROR_SUMMARY, ERASURE_SUMMARY, DRIVE_STATUS }

    /** Mutable per-device accumulator. */
    private static final class Acc {
        final String device;
        DriveStatus status;
        boolean flagged;
        Long pass;
        Long verify;
        Long sync;
        String throughput;
        Long throughputBps;
        Duration duration;
        String model;
        String serial;
        Long bytesErased;
        Long bytesTotal;
        long written;
        long read;
        long largest;
        final List<String> problems = new ArrayList<>();
        String rowProblem;
        boolean rowSeen;

        Acc(String device) {
            this.device = device;
        }

        DeviceSummary build() {
            return new DeviceSummary(device, status, flagged, pass, verify, sync, throughput, throughputBps,
                    duration, model, serial, bytesErased, bytesTotal, written, read, largest, problems,
                    rowSeen ? rowProblem : null);
        }
    }

    /** Parses {@code text}; null or empty text gives a log without tables. */
    public static NwipeLog parse(String text) {
        String t = text == null ? "" : text;
        Map<String, Acc> devices = new LinkedHashMap<>();
        String version = null;
        String methodLabel = null;
        Integer rounds = null;
        String verify = null;
        Boolean blank = null;
        String endMessage = null;
        boolean footer = false;
        boolean driveStatusSeen = false;
        boolean erasureSeen = false;
        boolean fdatasyncColumn = false;
        boolean errorSummarySeen = false;
        Section section = Section.NONE;
        String lastDevice = null;

        for (String raw : t.split("\r?\n", -1)) {
            String line = raw.replace("\u0000", "");
            if (line.startsWith("# source:")) {
                continue;
            }
            String stripped = line.strip();
            if (stripped.startsWith("***") || (stripped.startsWith("---") && stripped.endsWith("---"))) {
                String title = stripped.replace("*", "").strip();
                if (title.equals("Error Summary")) {
                    section = Section.ERROR_SUMMARY;
                    errorSummarySeen = true;
                } else if (title.equals("Erasure Summary")) {
                    section = Section.ERASURE_SUMMARY;
                    erasureSeen = true;
                } else if (title.equals("Drive Status")) {
                    section = Section.DRIVE_STATUS;
                } else if (stripped.startsWith("***") && title.isEmpty()) {
                    section = Section.NONE;
                }
                continue;
            }
            Matcher fm = FOOTER.matcher(line);
            if (fm.matches()) {
                footer = driveStatusSeen;
                section = Section.NONE;
                String body = fm.group(1).strip();
                Matcher sm = FOOTER_SUFFIX.matcher(body);
                if (sm.find()) {
                    rounds = parseInt(sm.group(1), rounds);
                    blank = sm.group(2).equals("B");
                    verify = sm.group(3);
                    int first = body.indexOf(", ");
                    int last = body.lastIndexOf(", ");
                    if (first >= 0 && last > first) {
                        methodLabel = body.substring(first + 2, last).strip();
                    }
                }
                continue;
            }
            Matcher lm = LOG_LINE.matcher(line);
            if (lm.matches()) {
                section = Section.NONE;
                String level = lm.group(2);
                String msg = lm.group(3);
                Matcher vm = VERSION.matcher(msg.strip());
                if (vm.matches()) {
                    version = vm.group(1);
                }
                Matcher om = OPTION.matcher(msg);
                if (om.matches()) {
                    String key = om.group(1);
                    String val = om.group(2).strip();
                    if (key.equals("method")) {
                        methodLabel = val;
                    } else if (key.equals("rounds")) {
                        rounds = parseInt(val, rounds);
                    } else if (key.equals("verify")) {
                        verify = val;
                    }
                }
                Matcher im = INVOKING.matcher(msg);
                if (im.find() && methodLabel == null) {
                    methodLabel = im.group(1);
                }
                if (level.equals("info") && msg.startsWith("Nwipe ")) {
                    endMessage = msg.strip();
                }
                Matcher dm = DEVICE.matcher(msg);
                String dev = dm.find() ? dm.group(1) : null;
                if (dev != null && !msg.startsWith("Found ") && !msg.contains("USB bridge")) {
                    lastDevice = dev;
                }
                if (dev != null && (msg.contains("bytes written to") || msg.contains("bytes read from")
                        || msg.startsWith("Invoking method") || msg.startsWith("Starting"))) {
                    Acc a = devices.computeIfAbsent(dev, Acc::new);
                    Matcher bm = BYTES.matcher(msg);
                    if (bm.find()) {
                        long n = parseLong(bm.group(1), 0L);
                        if (bm.group(2).startsWith("written")) {
                            a.written = saturatedAdd(a.written, n);
                            a.largest = Math.max(a.largest, n);
                        } else {
                            a.read = saturatedAdd(a.read, n);
                        }
                    }
                }
                boolean problem = level.equals("error") || level.equals("fatal") || level.equals("sanity")
                        || msg.contains("[FAILURE]");
                if (problem) {
                    String target = dev != null ? dev : lastDevice;
                    if (target != null) {
                        devices.computeIfAbsent(target, Acc::new).problems.add(level + ": " + msg.strip());
                    }
                }
                continue;
            }
            if (stripped.startsWith("!") && stripped.contains("Device |")) {
                if (section == Section.ERROR_SUMMARY && stripped.contains("Fdatasync")) {
                    fdatasyncColumn = true;
                }
                if (section == Section.DRIVE_STATUS) {
                    driveStatusSeen = true;
                }
                continue;
            }
            if (!line.contains("|") || section == Section.NONE) {
                continue;
            }
            boolean flagged = stripped.startsWith("!");
            String body = flagged ? stripped.substring(1) : stripped;
            String[] cells = body.split("\\|", -1);
            String dev = cells[0].strip();
            if (dev.isEmpty()) {
                continue;
            }
            if (dev.startsWith("/dev/")) {
                dev = dev.substring(5);
            }
            Acc a = devices.computeIfAbsent(dev, Acc::new);
            switch (section) {
                case ERROR_SUMMARY:
                    a.pass = cells.length > 1 ? parseLong(cells[1].strip(), null) : null;
                    a.verify = cells.length > 2 ? parseLong(cells[2].strip(), null) : null;
                    a.sync = cells.length > 3 ? parseLong(cells[3].strip(), null) : null;
                    a.flagged |= flagged;
                    break;
                case ERASURE_SUMMARY:
                    a.bytesErased = cells.length > 1 ? parseLong(cells[1].strip().replace(",", ""), null) : null;
                    a.bytesTotal = cells.length > 2 ? parseLong(cells[2].strip().replace(",", ""), null) : null;
                    a.flagged |= flagged;
                    break;
                case DRIVE_STATUS:
                    driveStatusSeen = true;
                    readStatusRow(a, cells, flagged);
                    break;
                default:
                    break;
            }
        }

        NwipeLog.Layout layout;
        if (!driveStatusSeen) {
            layout = NwipeLog.Layout.NONE;
        } else if (erasureSeen) {
            layout = NwipeLog.Layout.V0_41;
        } else if (fdatasyncColumn || !errorSummarySeen) {
            layout = NwipeLog.Layout.V0_31;
        } else {
            layout = NwipeLog.Layout.PRE_0_31;
        }
        List<DeviceSummary> out = new ArrayList<>();
        for (Acc a : devices.values()) {
            out.add(a.build());
        }
        return new NwipeLog(version, layout, methodLabel, rounds, verify, blank, out, footer, endMessage);
    }

    private static void readStatusRow(Acc a, String[] cells, boolean flagged) {
        a.rowSeen = true;
        a.flagged |= flagged;
        if (cells.length > 1) {
            String cell = cells[1];
            a.status = DriveStatus.fromCell(cell);
            if (a.status == null) {
                a.rowProblem = "unknown status '" + cell.strip() + "'";
                return;
            }
            if (cell.length() != 8) {
                a.rowProblem = "status cell is not 8 characters wide";
            }
        }
        if (cells.length < 5) {
            a.rowProblem = "the row has " + cells.length + " of 5 columns (truncated?)";
            return;
        }
        a.throughput = cells[2].strip();
        Matcher tm = THROUGHPUT.matcher(a.throughput);
        if (tm.find()) {
            long n = parseLong(tm.group(1), 0L);
            long mult = switch (tm.group(2)) {
                case "TB" -> 1_000_000_000_000L;
                case "GB" -> 1_000_000_000L;
                case "MB" -> 1_000_000L;
                case "KB" -> 1_000L;
                default -> 1L;
            };
            a.throughputBps = n > Long.MAX_VALUE / mult ? null : n * mult;
        } else if (a.rowProblem == null) {
            a.rowProblem = "unreadable throughput '" + a.throughput + "'";
        }
        Matcher hm = HMS.matcher(cells[3].strip());
        if (hm.matches()) {
            long h = parseLong(hm.group(1), 0L);
            a.duration = h > 1_000_000 ? null : Duration.ofHours(h)
                    .plusMinutes(parseLong(hm.group(2), 0L)).plusSeconds(parseLong(hm.group(3), 0L));
        } else if (a.rowProblem == null) {
            a.rowProblem = "unreadable duration '" + cells[3].strip() + "'";
        }
        StringBuilder ms = new StringBuilder(cells[4]);
        for (int i = 5; i < cells.length; i++) {
            ms.append('|').append(cells[i]);
        }
        String modelSerial = ms.toString().strip();
        int slash = modelSerial.lastIndexOf('/');
        if (slash < 0) {
            if (a.rowProblem == null) {
                a.rowProblem = "no model/serial separator in '" + modelSerial + "' (truncated?)";
            }
            a.model = modelSerial;
        } else {
            a.model = modelSerial.substring(0, slash).strip();
            a.serial = modelSerial.substring(slash + 1).strip();
        }
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    private static Long parseLong(String s, Long dflt) {
        try {
            long v = Long.parseLong(s.strip());
            return v < 0 ? dflt : v;
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static Integer parseInt(String s, Integer dflt) {
        try {
            String digits = s.strip().split("\\s+")[0];
            return Integer.parseInt(digits.toLowerCase(Locale.ROOT));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return dflt;
        }
    }
}
