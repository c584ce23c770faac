package org.filiere.examples.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filiere.reporting.chart.GanttChart;
import org.filiere.sanitization.Technique;
import org.filiere.wipe.station.Bay;
import org.filiere.wipe.station.Execution;
import org.filiere.wipe.station.Station;
import org.filiere.wipe.station.StationReport;

/**
 * Turns a station run (or a plan) into a {@link GanttChart}: one row per bay, handling then work, failures in red.
 * Stateless and thread-safe.
 */
public final class StationCharts {
    private StationCharts() {
    }

    /** The chart of a plan made by the wipe planner, before anything runs. */
    public static GanttChart ofPlan(String title, Station station, org.filiere.wipe.schedule.Plan plan,
                                    Map<String, Technique> techniques, ZoneId zone) {
        Map<Bay, List<GanttChart.Bar>> bars = new LinkedHashMap<>();
        for (Bay b : station.bays()) {
            bars.put(b, new ArrayList<>());
        }
        Instant last = plan.start();
        for (org.filiere.wipe.schedule.Assignment a : plan.assignments()) {
            List<GanttChart.Bar> row = bars.get(new Bay(a.dockId(), a.bay()));
            row.add(new GanttChart.Bar(a.start(), a.ioStart(), GanttChart.Kind.HANDLING, ""));
            row.add(new GanttChart.Bar(a.ioStart(), a.end(), techniques.get(a.taskId()) == Technique.OVERWRITE
                    ? GanttChart.Kind.OVERWRITE : GanttChart.Kind.FIRMWARE, a.taskId()));
            if (a.end().isAfter(last)) {
                last = a.end();
            }
        }
        return chart(title, station, bars, plan.start(), last, zone);
    }

    /** The chart of {@code report} on {@code station}, days in {@code zone}. */
    public static GanttChart of(String title, Station station, StationReport report, ZoneId zone) {
        Map<Bay, List<GanttChart.Bar>> bars = new LinkedHashMap<>();
        for (Bay b : station.bays()) {
            bars.put(b, new ArrayList<>());
        }
        for (Execution e : report.executions()) {
            List<GanttChart.Bar> row = bars.get(e.bay());
            if (e.ioStart().isAfter(e.loadedAt())) {
                row.add(new GanttChart.Bar(e.loadedAt(), e.ioStart(), GanttChart.Kind.HANDLING, ""));
            }
            GanttChart.Kind kind = !e.succeeded() ? GanttChart.Kind.FAILED
                    : e.task().job().technique() == Technique.OVERWRITE ? GanttChart.Kind.OVERWRITE
                    : GanttChart.Kind.FIRMWARE;
            row.add(new GanttChart.Bar(e.ioStart(), e.end(), kind,
                    e.task().id() + (e.attempt() > 1 ? " (2)" : "")));
        }
        return chart(title, station, bars, report.startedAt(), report.endedAt(), zone);
    }

    private static GanttChart chart(String title, Station station, Map<Bay, List<GanttChart.Bar>> bars,
                                    Instant start, Instant end, ZoneId zone) {
        List<GanttChart.Row> rows = new ArrayList<>();
        bars.forEach((b, l) -> rows.add(new GanttChart.Row(b.dockId() + " #" + b.number(), l)));
        Instant from = start.atZone(zone).truncatedTo(ChronoUnit.DAYS).toInstant();
        Instant to = end.atZone(zone).truncatedTo(ChronoUnit.DAYS).plusDays(1).toInstant();
        List<GanttChart.Span> open = new ArrayList<>();
        for (Instant[] i : station.openingHours().intervals(from, to)) {
            open.add(new GanttChart.Span(i[0], i[1]));
        }
        return new GanttChart(title, zone, from, to, rows, open);
    }
}
