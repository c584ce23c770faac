package org.filiere.reporting.chart;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link GanttChart} as a self-contained SVG document (no script, no external resource): one row per
 * bay, bars coloured by kind with a tooltip each, opening hours shaded, a day-and-hour time axis and a legend.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * Files.writeString(out.resolve("plan.svg"), GanttSvg.render(chart, Locale.FRENCH));
 * }</pre>
 */
public final class GanttSvg {
    private static final int WIDTH = 1400;
    private static final int LEFT = 110;
    private static final int RIGHT = 20;
    private static final int TOP = 60;
    private static final int ROW = 26;
    private static final int BAR = 18;
    private static final Map<GanttChart.Kind, String> COLOURS = Map.of(
            GanttChart.Kind.HANDLING, "#6b6b6b",
            GanttChart.Kind.OVERWRITE, "#2b6cb0",
            GanttChart.Kind.FIRMWARE, "#d69e2e",
            GanttChart.Kind.FAILED, "#c53030");

    private GanttSvg() {
    }

    /** The chart as SVG, labels in French. */
    public static String render(GanttChart chart) {
        return render(chart, Locale.FRENCH);
    }

    /** The chart as SVG, labels in {@code locale}'s language (French or English). */
    public static String render(GanttChart chart, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        int plotWidth = WIDTH - LEFT - RIGHT;
        int height = TOP + chart.rows().size() * ROW + 70;
        double span = Duration.between(chart.from(), chart.to()).toMillis();
        StringBuilder s = new StringBuilder(16_384);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        s.append("<text x=\"").append(LEFT).append("\" y=\"22\" font-size=\"15\" font-weight=\"bold\">")
                .append(esc(chart.title())).append("</text>\n");
        int plotBottom = TOP + chart.rows().size() * ROW;
        // opening hours
        for (GanttChart.Span sp : chart.shaded()) {
            double x0 = x(sp.start(), chart, span, plotWidth);
            double x1 = x(sp.end(), chart, span, plotWidth);
            if (x1 <= LEFT || x0 >= LEFT + plotWidth) {
                continue;
            }
            x0 = Math.max(x0, LEFT);
            x1 = Math.min(x1, LEFT + plotWidth);
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#e6f4ea\"/>%n",
                    x0, TOP, x1 - x0, plotBottom - TOP));
        }
        // axis: a tick and a label per day, light ticks every 6 hours
        ZonedDateTime day = chart.from().atZone(chart.zone()).toLocalDate().atStartOfDay(chart.zone());
        DateTimeFormatter dayFmt = DateTimeFormatter.ofPattern("d MMM", en ? Locale.ENGLISH : Locale.FRENCH);
        long days = Duration.between(chart.from(), chart.to()).toDays();
        int labelEvery = days > 40 ? 7 : days > 14 ? 2 : 1;
        int n = 0;
        for (ZonedDateTime t = day; !t.toInstant().isAfter(chart.to()); t = t.plusHours(6)) {
            if (t.toInstant().isBefore(chart.from())) {
                continue;
            }
            double xt = x(t.toInstant(), chart, span, plotWidth);
            boolean midnight = t.getHour() == 0;
            if (midnight) {
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\"/>%n",
                        xt, TOP - 6, xt, plotBottom));
                if (n++ % labelEvery == 0) {
                    LocalDate d = t.toLocalDate();
                    String dow = d.getDayOfWeek().getDisplayName(TextStyle.SHORT, en ? Locale.ENGLISH : Locale.FRENCH);
                    s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s %s</text>%n", xt + 3, TOP - 10,
                            esc(dow), esc(d.format(dayFmt))));
                }
            } else if (days <= 14) {
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n",
                        xt, TOP, xt, plotBottom));
            }
        }
        // rows
        int r = 0;
        for (GanttChart.Row row : chart.rows()) {
            int y = TOP + r * ROW;
            if (r % 2 == 1) {
                s.append("<rect x=\"").append(LEFT).append("\" y=\"").append(y).append("\" width=\"").append(plotWidth)
                        .append("\" height=\"").append(ROW).append("\" fill=\"#000\" fill-opacity=\"0.03\"/>\n");
            }
            s.append("<text x=\"8\" y=\"").append(y + ROW / 2 + 4).append("\">").append(esc(row.label()))
                    .append("</text>\n");
            for (GanttChart.Bar b : row.bars()) {
                double x0 = x(b.start(), chart, span, plotWidth);
                double w = Math.max(1.0, x(b.end(), chart, span, plotWidth) - x0);
                int by = y + (ROW - BAR) / 2;
                s.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"2\" fill=\"%s\" stroke=\"#fff\""
                                + " stroke-width=\"0.5\"><title>%s</title></rect>%n",
                        x0, by, w, BAR, COLOURS.get(b.kind()), esc(tooltip(b, chart, en))));
                if (!b.label().isEmpty() && w > b.label().length() * 6.5 + 4) {
                    s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#fff\" font-size=\"10\">%s</text>%n",
                            x0 + 3, by + BAR - 5, esc(b.label())));
                }
            }
            r++;
        }
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#666\"/>%n",
                LEFT, TOP, plotWidth, plotBottom - TOP));
        // legend
        int ly = plotBottom + 30;
        int lx = LEFT;
        String[][] legend = {
            {GanttChart.Kind.HANDLING.name(), en ? "loading (volunteer)" : "chargement (bénévole)"},
            {GanttChart.Kind.OVERWRITE.name(), en ? "overwrite (nwipe)" : "réécriture (nwipe)"},
            {GanttChart.Kind.FIRMWARE.name(), en ? "firmware command" : "commande du micrologiciel"},
            {GanttChart.Kind.FAILED.name(), en ? "failed attempt" : "tentative échouée"},
        };
        for (String[] l : legend) {
            s.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 10).append("\" width=\"14\" height=\"12\" fill=\"")
                    .append(COLOURS.get(GanttChart.Kind.valueOf(l[0]))).append("\"/>\n");
            s.append("<text x=\"").append(lx + 20).append("\" y=\"").append(ly).append("\">").append(esc(l[1]))
                    .append("</text>\n");
            lx += 210;
        }
        s.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 10)
                .append("\" width=\"14\" height=\"12\" fill=\"#e6f4ea\" stroke=\"#999\" stroke-width=\"0.5\"/>\n");
        s.append("<text x=\"").append(lx + 20).append("\" y=\"").append(ly).append("\">")
                .append(en ? "hub open" : "hub ouvert").append("</text>\n");
        s.append("</svg>\n");
        return s.toString();
    }

    private static double x(Instant t, GanttChart c, double span, int plotWidth) {
        return LEFT + Duration.between(c.from(), t).toMillis() / span * plotWidth;
    }

    private static String tooltip(GanttChart.Bar b, GanttChart c, boolean en) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", en ? Locale.ENGLISH : Locale.FRENCH)
                .withZone(c.zone());
        Duration d = Duration.between(b.start(), b.end());
        return b.label() + " — " + b.kind() + " — " + f.format(b.start()) + " → " + f.format(b.end()) + " ("
                + d.toHours() + " h " + d.toMinutesPart() + " min)";
    }

    static String esc(String s) {
        StringBuilder o = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<': o.append("&lt;"); break;
                case '>': o.append("&gt;"); break;
                case '&': o.append("&amp;"); break;
                case '"': o.append("&quot;"); break;
                default: o.append(ch);
            }
        }
        return o.toString();
    }
}
