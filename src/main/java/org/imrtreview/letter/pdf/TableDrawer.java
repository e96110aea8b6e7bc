package org.imrtreview.letter.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.imrtreview.letter.content.Block;
import org.imrtreview.letter.pdf.PageWriter.Span;

/**
 * Draws a bordered table: a shaded bold header, cell text wrapped within its column, rows kept
 * whole and moved to the next page (with the header repeated) when they do not fit.
 */
final class TableDrawer {

    private static final float PAD = 3.5f;

    private TableDrawer() {
    }

    static void draw(PageWriter w, Block.Table table, float size) throws IOException {
        float lead = size * 1.25f;
        float[] widths = widths(table.widths());
        List<List<List<Span>>> header = wrapRow(w, table.headers(), widths, size, true);
        float headerHeight = height(header, lead);
        List<List<List<List<Span>>>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            rows.add(wrapRow(w, row, widths, size, false));
        }
        float firstRow = rows.isEmpty() ? 0 : height(rows.get(0), lead);
        w.ensure(headerHeight + firstRow);
        drawRow(w, header, widths, size, lead, true);
        for (List<List<List<Span>>> row : rows) {
            float h = height(row, lead);
            if (w.spaceLeft() < h && h < PageWriter.TOP - PageWriter.BOTTOM - headerHeight) {
                w.newPage();
                drawRow(w, header, widths, size, lead, true);
            }
            drawRow(w, row, widths, size, lead, false);
        }
    }

    /** The height {@link #draw} keeps together at the table's start: its header and first row. */
    static float headerAndFirstRow(PageWriter w, Block.Table table, float size) throws IOException {
        float lead = size * 1.25f;
        float[] widths = widths(table.widths());
        float h = height(wrapRow(w, table.headers(), widths, size, true), lead);
        return table.rows().isEmpty() ? h : h + height(wrapRow(w, table.rows().get(0), widths, size, false), lead);
    }

    private static float[] widths(List<Double> weights) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        float[] out = new float[weights.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (weights.get(i) / total * PageWriter.width());
        }
        return out;
    }

    private static List<List<List<Span>>> wrapRow(PageWriter w, List<String> cells, float[] widths, float size, boolean bold)
            throws IOException {
        List<List<List<Span>>> out = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c) == null ? "" : cells.get(c);
            out.add(w.wrap(List.of(new Span(text, bold)), widths[c] - 2 * PAD, size));
        }
        return out;
    }

    private static float height(List<List<List<Span>>> row, float lead) {
        int lines = 1;
        for (List<List<Span>> cell : row) {
            lines = Math.max(lines, cell.size());
        }
        return lines * lead + 2 * PAD;
    }

    private static void drawRow(PageWriter w, List<List<List<Span>>> row, float[] widths, float size, float lead,
                                boolean header) throws IOException {
        float h = height(row, lead);
        float top = w.y();
        PDPageContentStream cs = w.stream();
        if (header) {
            cs.setNonStrokingColor(0.88f, 0.93f, 0.91f);
            cs.addRect(PageWriter.LEFT, top - h, PageWriter.width(), h);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
        }
        cs.setStrokingColor(0.35f, 0.35f, 0.35f);
        cs.setLineWidth(0.6f);
        float x = PageWriter.LEFT;
        for (int c = 0; c < row.size(); c++) {
            cs.addRect(x, top - h, widths[c], h);
            x += widths[c];
        }
        cs.stroke();
        x = PageWriter.LEFT;
        for (int c = 0; c < row.size(); c++) {
            float baseline = top - PAD;
            for (List<Span> line : row.get(c)) {
                baseline -= lead;
                float cx = x + PAD;
                for (Span s : PageWriter.joined(line)) {
                    w.text(s.text(), cx, baseline + (lead - size) * 0.6f, size, s.bold());
                    cx += w.textWidth(s.text(), size, s.bold());
                }
            }
            x += widths[c];
        }
        w.moveTo(top - h);
    }
}
