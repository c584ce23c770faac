package org.filiere.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.filiere.wipe.engine.Progress;
import org.filiere.wipe.station.Bay;
import org.filiere.wipe.station.StationListener;
import org.filiere.wipe.station.StationTask;
import org.filiere.wipe.station.TaskOutcome;

/**
 * What {@code filiere wipe} shows while it works: on a terminal, one bar per drive redrawn in place
 * (percentage, throughput, time left); elsewhere (a pipe, a log file), a plain line per drive every 10 % and at
 * each event. Thread-safe: engines report progress from their own threads.
 */
final class WipeProgressView implements StationListener {
    private static final int BAR = 24;
    private final PrintWriter out;
    private final boolean terminal;
    private final Lang lang;
    private final Clock clock;
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private int drawn;
    private Instant lastDraw = Instant.EPOCH;

    /**
     * @param out      where to write (stderr, so that stdout stays clean)
     * @param terminal true to redraw bars in place (a console is attached)
     */
    WipeProgressView(PrintWriter out, boolean terminal, Lang lang, Clock clock) {
        this.out = out;
        this.terminal = terminal;
        this.lang = lang;
        this.clock = clock;
    }

    private static final class Line {
        final String device;
        final double megabytes;
        Instant started;
        double fraction;
        String phase = "";
        String status;
        int lastTenth = -1;

        Line(String device, double megabytes) {
            this.device = device;
            this.megabytes = megabytes;
        }
    }

    @Override
    public synchronized void onLoad(StationTask task, Bay bay, int attempt) {
        Line l = new Line(task.job().target().device().toString(), task.workload().megabytes());
        l.started = clock.instant();
        lines.put(task.id(), l);
        if (!terminal) {
            out.println(lang.t("[début] ", "[start] ") + l.device + (attempt > 1 ? lang.t(" (nouvelle tentative)",
                    " (retry)") : ""));
            out.flush();
        } else {
            redraw(true);
        }
    }

    @Override
    public synchronized void onProgress(StationTask task, Bay bay, Progress p) {
        Line l = lines.get(task.id());
        if (l == null || p.fraction() == null) {
            return;
        }
        l.fraction = p.fraction();
        l.phase = p.phase();
        if (terminal) {
            redraw(false);
        } else {
            int tenth = (int) Math.floor(l.fraction * 10);
            if (tenth > l.lastTenth) {
                l.lastTenth = tenth;
                out.println(describe(l));
                out.flush();
            }
        }
    }

    @Override
    public synchronized void onRetry(StationTask task, Bay bay, String reason) {
        message(lang.t("[échec, nouvelle tentative] ", "[failed, retrying] ")
                + task.job().target().device() + " : " + reason);
    }

    @Override
    public synchronized void onOutcome(TaskOutcome o) {
        Line l = lines.get(o.task().id());
        String device = o.task().job().target().device().toString();
        String status;
        if (o instanceof TaskOutcome.Erased) {
            status = lang.t("effacé et vérifié", "erased and verified");
        } else if (o instanceof TaskOutcome.AlreadyErased) {
            status = lang.t("déjà effacé (journal), non refait", "already erased (journal), not redone");
        } else if (o instanceof TaskOutcome.ForDestruction d) {
            status = lang.t("ÉCHEC, à détruire : ", "FAILED, to destroy: ") + d.reason();
        } else if (o instanceof TaskOutcome.Interrupted) {
            status = lang.t("interrompu", "interrupted");
        } else {
            status = lang.t("non effectué : ", "not run: ") + ((TaskOutcome.NotRun) o).reason();
        }
        if (l != null) {
            l.status = status;
            if (o.erased()) {
                l.fraction = 1;
            }
        }
        if (terminal && l != null) {
            redraw(true);
        } else {
            message("[" + status + "] " + device);
        }
    }

    private void message(String s) {
        if (terminal) {
            clear();
            out.println(s);
            drawn = 0;
            redraw(true);
        } else {
            out.println(s);
            out.flush();
        }
    }

    private void clear() {
        if (drawn > 0) {
            out.print("\u001b[" + drawn + "F\u001b[J");
        }
    }

    private void redraw(boolean force) {
        Instant now = clock.instant();
        if (!force && Duration.between(lastDraw, now).toMillis() < 250) {
            return;
        }
        lastDraw = now;
        clear();
        for (Line l : lines.values()) {
            out.println(describe(l));
        }
        drawn = lines.size();
        out.flush();
    }

    /** One drive's line: bar, percentage, throughput, ETA (or its final status). */
    String describe(Line l) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-14s ", l.device));
        int filled = (int) Math.round(l.fraction * BAR);
        s.append('[').append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ");
        s.append(String.format(Locale.ROOT, "%5.1f %%", l.fraction * 100));
        if (l.status != null) {
            return s.append("  ").append(l.status).toString();
        }
        double secs = Math.max(0.001, Duration.between(l.started, clock.instant()).toMillis() / 1000.0);
        if (l.fraction > 0 && l.megabytes > 0) {
            double mbps = l.fraction * l.megabytes / secs;
            double left = (1 - l.fraction) * l.megabytes / Math.max(mbps, 1e-9);
            s.append(String.format(Locale.ROOT, "  %7.1f MB/s  ETA %s", mbps, hms((long) left)));
        } else {
            s.append("  ").append(lang.t("ETA inconnue", "ETA unknown"));
        }
        if (!l.phase.isEmpty()) {
            s.append("  ").append(l.phase);
        }
        return s.toString();
    }

    static String hms(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
