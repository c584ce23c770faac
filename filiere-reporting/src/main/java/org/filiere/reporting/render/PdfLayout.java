package org.filiere.reporting.render;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.filiere.FiliereException;

/**
 * A small flowing layout on A4 pages with PDFBox: titles, sections, label/value rows, wrapped paragraphs,
 * tables, a horizontal bar chart, and a footer on every page with the page number, the document id and the
 * signature fingerprint. Text is set in DejaVu Sans, embedded (subset) from this jar's resources, so French
 * accents and "CO₂" print everywhere. Not thread-safe: one instance per document.
 */
final class PdfLayout implements AutoCloseable {
    private static final float MARGIN = 50;
    private static final float BOTTOM = 70;
    private static final Color ACCENT = new Color(0x1f, 0x5f, 0x4a);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private final PDDocument doc = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Language lang;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;

    PdfLayout(Language lang, String title, String subject) {
        this.lang = lang;
        try {
            regular = load("DejaVuSans.ttf");
            bold = load("DejaVuSans-Bold.ttf");
        } catch (IOException e) {
            throw new FiliereException("cannot load the embedded font", e);
        }
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator("filiere");
        newPage();
    }

    private PDType0Font load(String name) throws IOException {
        try (InputStream in = PdfLayout.class.getResourceAsStream("/org/filiere/reporting/fonts/" + name)) {
            if (in == null) {
                throw new IOException("font resource missing: " + name);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    private static float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private void newPage() {
        try {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new FiliereException("cannot start PDF page", e);
        }
    }

    private void ensure(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    float textWidth(String s, boolean isBold, float size) {
        try {
            return (isBold ? bold : regular).getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new FiliereException("cannot measure text", e).with("text", s);
        }
    }

    private void text(String s, float x, float atY, boolean isBold, float size, Color color) {
        try {
            cs.beginText();
            cs.setFont(isBold ? bold : regular, size);
            cs.setNonStrokingColor(color);
            cs.newLineAtOffset(x, atY);
            cs.showText(s);
            cs.endText();
        } catch (IOException | IllegalArgumentException e) {
            throw new FiliereException("cannot write PDF text", e).with("text", s);
        }
    }

    /** Splits {@code s} into lines no wider than {@code max}; a word wider than a line (a hash) is cut. */
    List<String> wrap(String s, boolean isBold, float size, float max) {
        List<String> out = new ArrayList<>();
        for (String para : (s == null ? "" : s).split("\n", -1)) {
            String line = "";
            for (String word : para.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, isBold, size) <= max) {
                    line = candidate;
                    continue;
                }
                if (!line.isEmpty()) {
                    out.add(line);
                }
                String rest = word;
                while (textWidth(rest, isBold, size) > max && rest.length() > 1) {
                    int n = rest.length() - 1;
                    while (n > 1 && textWidth(rest.substring(0, n), isBold, size) > max) {
                        n--;
                    }
                    out.add(rest.substring(0, n));
                    rest = rest.substring(n);
                }
                line = rest;
            }
            out.add(line);
        }
        return out;
    }

    void title(String s) {
        for (String l : wrap(s, true, 17, width())) {
            ensure(24);
            text(l, MARGIN, y - 17, true, 17, ACCENT);
            y -= 23;
        }
        rule();
    }

    void subtitle(String s) {
        paragraph(s, 10, GREY);
    }

    void section(String s) {
        ensure(40);
        y -= 8;
        text(s, MARGIN, y - 12, true, 12, ACCENT);
        y -= 17;
    }

    private void rule() {
        try {
            cs.setStrokingColor(ACCENT);
            cs.setLineWidth(1f);
            cs.moveTo(MARGIN, y - 3);
            cs.lineTo(MARGIN + width(), y - 3);
            cs.stroke();
        } catch (IOException e) {
            throw new FiliereException("cannot draw", e);
        }
        y -= 10;
    }

    /** A label in bold and a wrapped value, in two columns. */
    void field(String label, String value) {
        float labelW = 165;
        float size = 9.5f;
        List<String> labels = wrap(label, true, size, labelW - 8);
        List<String> values = wrap(value == null || value.isBlank() ? "—" : value, false, size, width() - labelW);
        int n = Math.max(labels.size(), values.size());
        ensure(n * 12.5f + 2);
        for (int i = 0; i < n; i++) {
            if (i < labels.size()) {
                text(labels.get(i), MARGIN, y - size, true, size, Color.DARK_GRAY);
            }
            if (i < values.size()) {
                text(values.get(i), MARGIN + labelW, y - size, false, size, Color.BLACK);
            }
            y -= 12.5f;
        }
        y -= 1.5f;
    }

    void paragraph(String s, float size, Color color) {
        for (String l : wrap(s, false, size, width())) {
            ensure(size + 4);
            text(l, MARGIN, y - size, false, size, color);
            y -= size + 3.5f;
        }
        y -= 3;
    }

    void paragraph(String s) {
        paragraph(s, 9.5f, Color.BLACK);
    }

    /** A boxed status banner. */
    void banner(String s, Color color) {
        ensure(30);
        try {
            cs.setNonStrokingColor(color);
            cs.addRect(MARGIN, y - 24, width(), 24);
            cs.fill();
        } catch (IOException e) {
            throw new FiliereException("cannot draw", e);
        }
        text(s, MARGIN + 8, y - 17, true, 13, Color.WHITE);
        y -= 32;
    }

    /** A table with a header row; {@code widths} are fractions of the text width. */
    void table(List<String> headers, List<List<String>> rows, float[] widths) {
        float size = 8.5f;
        row(headers, widths, true, size, true);
        for (List<String> r : rows) {
            row(r, widths, false, size, false);
        }
        y -= 4;
    }

    private void row(List<String> cells, float[] widths, boolean isBold, float size, boolean header) {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> w = wrap(cells.get(i) == null ? "—" : cells.get(i), isBold, size, widths[i] * width() - 6);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float h = lines * (size + 3) + 5;
        ensure(h);
        try {
            if (header) {
                cs.setNonStrokingColor(new Color(0xe3, 0xee, 0xe9));
                cs.addRect(MARGIN, y - h, width(), h);
                cs.fill();
            }
            cs.setStrokingColor(Color.LIGHT_GRAY);
            cs.setLineWidth(0.5f);
            cs.moveTo(MARGIN, y - h);
            cs.lineTo(MARGIN + width(), y - h);
            cs.stroke();
        } catch (IOException e) {
            throw new FiliereException("cannot draw", e);
        }
        float x = MARGIN;
        for (int i = 0; i < wrapped.size(); i++) {
            float ly = y - size - 2;
            for (String l : wrapped.get(i)) {
                text(l, x + 3, ly, isBold, size, Color.BLACK);
                ly -= size + 3;
            }
            x += widths[i] * width();
        }
        y -= h;
    }

    /** One bar of {@link #barChart}. */
    record Bar(String label, double value, String valueText) {
    }

    /** A horizontal bar chart, bars scaled to the largest value. */
    void barChart(String caption, List<Bar> bars) {
        float barH = 14;
        float labelW = 120;
        float valueW = 110;
        ensure(bars.size() * (barH + 6) + 24);
        text(caption, MARGIN, y - 10, true, 10, Color.DARK_GRAY);
        y -= 18;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        float avail = width() - labelW - valueW;
        for (Bar b : bars) {
            text(b.label(), MARGIN, y - barH + 3, false, 9, Color.BLACK);
            float w = max <= 0 ? 0 : (float) (b.value() / max * avail);
            try {
                cs.setNonStrokingColor(new Color(0x3a, 0x9a, 0x78));
                cs.addRect(MARGIN + labelW, y - barH, Math.max(w, 1), barH);
                cs.fill();
            } catch (IOException e) {
                throw new FiliereException("cannot draw", e);
            }
            text(b.valueText(), MARGIN + labelW + Math.max(w, 1) + 4, y - barH + 3, false, 9, Color.BLACK);
            y -= barH + 6;
        }
        y -= 6;
    }

    void space(float h) {
        y -= h;
    }

    /** Writes the footers (page i / n, document id, fingerprint) and returns the PDF bytes. */
    byte[] finish(String documentId, String fingerprint) {
        try {
            cs.close();
            cs = null;
            int n = pages.size();
            for (int i = 0; i < n; i++) {
                try (PDPageContentStream f = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs = f;
                    f.setStrokingColor(Color.LIGHT_GRAY);
                    f.setLineWidth(0.5f);
                    f.moveTo(MARGIN, 52);
                    f.lineTo(MARGIN + width(), 52);
                    f.stroke();
                    String sig = fingerprint == null
                            ? lang.t("Document non signé", "Unsigned document")
                            : lang.t("Signature Ed25519, clé ", "Ed25519 signature, key ") + fingerprint;
                    for (String l : wrap(sig, false, 7, width() - 90)) {
                        text(l, MARGIN, 42, false, 7, GREY);
                        break;
                    }
                    text(documentId, MARGIN, 32, false, 7, GREY);
                    String page = lang.t("Page ", "Page ") + (i + 1) + " / " + n;
                    text(page, MARGIN + width() - textWidth(page, false, 8), 38, false, 8, GREY);
                }
            }
            cs = null;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new FiliereException("cannot write PDF", e);
        }
    }

    @Override
    public void close() {
        try {
            if (cs != null) {
                cs.close();
            }
            doc.close();
        } catch (IOException e) {
            throw new FiliereException("cannot close PDF", e);
        }
    }
}
