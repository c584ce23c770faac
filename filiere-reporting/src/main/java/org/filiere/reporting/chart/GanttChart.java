package org.filiere.reporting.chart;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.filiere.internal.Require;

/**
 * A Gantt chart to draw: one row per resource (a dock's bay), bars on a time axis coloured by kind, and the
 * intervals to shade behind them (opening hours). A plain model, independent of the planner's and the
 * runner's types, rendered by {@link GanttSvg}. Immutable and thread-safe.
 *
 * <pre>{@code
 * GanttChart chart = new GanttChart("Plan", ZoneId.of("Europe/Paris"), from, to,
 *         List.of(new GanttChart.Row("usb8 #1", List.of(new GanttChart.Bar(s, e, GanttChart.Kind.OVERWRITE, "a1")))),
 *         List.of(new GanttChart.Span(open, close)));
 * String svg = GanttSvg.render(chart);
 * }</pre>
 *
 * @param title  the title drawn above the chart
 * @param zone   the time zone of the axis labels
 * @param from   left edge
 * @param to     right edge (after {@code from})
 * @param rows   rows, top to bottom
 * @param shaded intervals shaded across every row (opening hours)
 */
public record GanttChart(String title, ZoneId zone, Instant from, Instant to, List<Row> rows, List<Span> shaded) {
    public GanttChart {
        Require.nonNull(title, "title");
        Require.nonNull(zone, "zone");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.that(to.isAfter(from), "to", "the chart ends after it starts");
        rows = Require.copy(rows, "rows");
        shaded = Require.copy(shaded, "shaded");
    }

    /** What a bar stands for; each kind has its colour and legend entry. */
    public enum Kind {
        /** A volunteer loads the disk. */
        HANDLING,
        /** A software overwrite (nwipe). */
        OVERWRITE,
        /** A firmware command (sanitize, secure erase, format). */
        FIRMWARE,
        /** An attempt that failed. */
        FAILED
    }

    /**
     * One row.
     *
     * @param label drawn at the left
     * @param bars  its bars
     */
    public record Row(String label, List<Bar> bars) {
        public Row {
            Require.nonNull(label, "row.label");
            bars = Require.copy(bars, "row.bars");
        }
    }

    /**
     * One bar.
     *
     * @param start its start
     * @param end   its end, not before start
     * @param kind  its kind (colour)
     * @param label short text drawn inside when it fits, and in the tooltip
     */
    public record Bar(Instant start, Instant end, Kind kind, String label) {
        public Bar {
            Require.nonNull(start, "bar.start");
            Require.nonNull(end, "bar.end");
            Require.that(!end.isBefore(start), "bar.end", "a bar ends after it starts");
            Require.nonNull(kind, "bar.kind");
            label = label == null ? "" : label;
        }
    }

    /**
     * A shaded interval.
     *
     * @param start its start
     * @param end   its end
     */
    public record Span(Instant start, Instant end) {
        public Span {
            Require.nonNull(start, "span.start");
            Require.nonNull(end, "span.end");
        }
    }
}
