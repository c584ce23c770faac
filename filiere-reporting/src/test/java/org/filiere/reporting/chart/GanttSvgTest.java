package org.filiere.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GanttSvgTest {
    private static final Instant T0 = Instant.parse("2026-06-16T07:00:00Z");

    private static GanttChart chart() {
        return new GanttChart("Plan <usb8 & sata1>", ZoneId.of("Europe/Paris"), T0, T0.plusSeconds(48 * 3600),
                List.of(new GanttChart.Row("usb8 #1", List.of(
                                new GanttChart.Bar(T0, T0.plusSeconds(120), GanttChart.Kind.HANDLING, ""),
                                new GanttChart.Bar(T0.plusSeconds(120), T0.plusSeconds(24 * 3600),
                                        GanttChart.Kind.OVERWRITE, "WD-1"))),
                        new GanttChart.Row("sata1 #1", List.of(
                                new GanttChart.Bar(T0, T0.plusSeconds(3600), GanttChart.Kind.FAILED, "S-2")))),
                List.of(new GanttChart.Span(T0, T0.plusSeconds(8 * 3600))));
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rendersWellFormedSvgWithOneBarPerTaskPlacedOnTheTimeAxis() throws Exception {
        Document d = parse(GanttSvg.render(chart()));
        NodeList rects = d.getElementsByTagName("rect");
        Element overwrite = null;
        Element handling = null;
        Element shade = null;
        for (int i = 0; i < rects.getLength(); i++) {
            Element e = (Element) rects.item(i);
            if ("#2b6cb0".equals(e.getAttribute("fill")) && e.getElementsByTagName("title").getLength() == 1) {
                overwrite = e;
            }
            if ("#6b6b6b".equals(e.getAttribute("fill")) && e.getElementsByTagName("title").getLength() == 1) {
                handling = e;
            }
            if ("#e6f4ea".equals(e.getAttribute("fill")) && shade == null) {
                shade = e;
            }
        }
        assertThat(overwrite).isNotNull();
        assertThat(handling).isNotNull();
        // plot is 1270 px for 48 h: the overwrite (2 min .. 24 h) is about half of it, right after the handling
        double x = Double.parseDouble(overwrite.getAttribute("x"));
        double w = Double.parseDouble(overwrite.getAttribute("width"));
        assertThat(x).isCloseTo(110 + 1270 * 120 / 172800.0, org.assertj.core.data.Offset.offset(0.2));
        assertThat(w).isCloseTo(1270 * (24 * 3600 - 120) / 172800.0, org.assertj.core.data.Offset.offset(0.2));
        assertThat(Double.parseDouble(shade.getAttribute("width"))).isCloseTo(1270 / 6.0,
                org.assertj.core.data.Offset.offset(0.2));
        assertThat(overwrite.getTextContent()).contains("WD-1").contains("mar. 16 juin 09:02");
    }

    @Test
    void escapesTextAndLabelsTheLegendInTheChosenLanguage() throws Exception {
        String fr = GanttSvg.render(chart(), Locale.FRENCH);
        String en = GanttSvg.render(chart(), Locale.ENGLISH);
        assertThat(fr).contains("Plan &lt;usb8 &amp; sata1&gt;").contains("réécriture (nwipe)").contains("hub ouvert");
        assertThat(en).contains("overwrite (nwipe)").contains("failed attempt").contains("Wed 17 Jun");
        assertThat(parse(en).getDocumentElement().getTagName()).isEqualTo("svg");
    }
}
