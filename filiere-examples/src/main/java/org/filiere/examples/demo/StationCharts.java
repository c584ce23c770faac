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

/** Turns a station run into a {@link GanttChart}: one row per bay, handling then work, failures in red. */
public final class StationCharts {
    private StationCharts() {
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
        List<GanttChart.Row> rows = new ArrayList<>();
        bars.forEach((b, l) -> rows.add(new GanttChart.Row(b.dockId() + " #" + b.number(), l)));
        Instant from = report.startedAt().atZone(zone).truncatedTo(ChronoUnit.DAYS).toInstant();
        Instant to = report.endedAt().atZone(zone).truncatedTo(ChronoUnit.DAYS).plusDays(1).toInstant();
        List<GanttChart.Span> open = new ArrayList<>();
        for (Instant[] i : station.openingHours().intervals(from, to)) {
            open.add(new GanttChart.Span(i[0], i[1]));
        }
        return new GanttChart(title, zone, from, to, rows, open);
    }
}
