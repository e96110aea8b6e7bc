package org.imrtreview.letter.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.imrtreview.letter.content.Addressee;
import org.imrtreview.letter.content.Audience;
import org.imrtreview.letter.content.Block;
import org.imrtreview.letter.content.LetterContent;
import org.imrtreview.letter.pdf.PageWriter.Span;

/**
 * Renders a composed letter to PDF: letterhead with logo on page 1, date, addressees, the
 * reference ("RE") block, title, body in 12-point type, bordered tables that split across pages
 * with their header repeated, the provider's clinical section on its own page, and on every page a
 * footer with the request ID and "Page X of Y" (plus a DRAFT line on drafts).
 *
 * <p>Output is deterministic: the document ID is derived from the letter's text and the dates from
 * the letter date, so the same letter always gives the same bytes. One letter is rendered at a
 * time per JVM (the parsed fonts are shared).
 */
public final class LetterPdfRenderer {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LetterPdfRenderer.class);

    static final float BODY = 12f;
    static final float LEADING = 15.5f;
    private static final float TABLE_SIZE_PROVIDER = 9f;
    private static final float[] HEADING_COLOR = {0.06f, 0.36f, 0.30f};
    private static final float[] DRAFT_COLOR = {0.70f, 0.07f, 0.07f};

    /**
     * A rendered letter: the PDF bytes, how many pages it has, and the characters no bundled font
     * could draw, written as their Unicode code ("U+1F600"); the CLI and the window note them.
     */
    public record Rendered(byte[] pdf, int pages, List<String> substitutions) {
        public Rendered {
            substitutions = substitutions == null ? List.of() : List.copyOf(substitutions);
        }

        public Rendered(byte[] pdf, int pages) {
            this(pdf, pages, List.of());
        }

        /** One sentence for the letter log, or null when every character was drawn. */
        public String substitutionNote() {
            return substitutions.isEmpty() ? null : substitutions.size() + " character(s) no bundled font can draw were "
                    + "written as their Unicode code in the letter (" + String.join(", ", substitutions.subList(0,
                    Math.min(8, substitutions.size()))) + (substitutions.size() > 8 ? ", …" : "") + "); check the names";
        }
    }

    public byte[] render(LetterContent letter) throws IOException {
        return renderLetter(letter).pdf();
    }

    public Rendered renderLetter(LetterContent letter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        java.util.Set<Integer> substituted = new java.util.TreeSet<>();
        int pages = render(letter, out, substituted);
        List<String> codes = substituted.stream().map(cp -> String.format(java.util.Locale.ROOT, "U+%04X", cp)).toList();
        return new Rendered(out.toByteArray(), pages, codes);
    }

    /** Writes the PDF to {@code out} and returns the number of pages. */
    public int render(LetterContent letter, OutputStream out) throws IOException {
        return render(letter, out, new java.util.TreeSet<>());
    }

    private int render(LetterContent letter, OutputStream out, java.util.Set<Integer> substituted) throws IOException {
        synchronized (LetterPdfRenderer.class) {
            try (PDDocument doc = new PDDocument()) {
                PdfFonts.ForDocument fonts = new PdfFonts.ForDocument(doc, letter.plainText());
                PageWriter w = new PageWriter(doc, fonts, pw -> draftHeader(pw, letter));
                w.newPage();
                letterhead(w, letter);
                intro(w, letter);
                body(w, letter.body());
                w.close();
                footers(w, letter);
                metadata(doc, letter);
                doc.save(out);
                substituted.addAll(fonts.substituted());
                return w.pages().size();
            }
        }
    }

    private static void letterhead(PageWriter w, LetterContent letter) throws IOException {
        float top = PageWriter.TOP;
        float textX = PageWriter.LEFT;
        if (letter.letterhead().hasLogo()) {
            PDImageXObject logo = PDImageXObject.createFromByteArray(w.document(), letter.letterhead().logoPng(), "logo");
            w.stream().drawImage(logo, PageWriter.LEFT, top - 52, 52, 52);
            textX += 64;
        }
        w.color(HEADING_COLOR[0], HEADING_COLOR[1], HEADING_COLOR[2]);
        w.text(letter.letterhead().planName(), textX, top - 16, 17, true);
        w.color(0.25f, 0.25f, 0.25f);
        float ly = top - 30;
        for (String line : letter.letterhead().lines()) {
            w.text(line, textX, ly, 9.5f, false);
            ly -= 11.5f;
        }
        w.color(0, 0, 0);
        float bottom = Math.min(top - 58, ly + 2);
        w.rule(PageWriter.LEFT, PageWriter.RIGHT, bottom, 1.2f, 0.35f);
        w.moveTo(bottom - 8);
    }

    private static void intro(PageWriter w, LetterContent letter) throws IOException {
        w.paragraph(List.of(new Span(letter.dateText(), false)),
                PageWriter.LEFT, PageWriter.width(), BODY, LEADING);
        w.down(6);
        if (letter.isDraft()) {
            draftBox(w, letter.draftNotice());
        }
        addressees(w, letter.addressees());
        w.down(8);
        fields(w, letter.reference(), 11f, 14f);
        w.down(10);
        List<List<Span>> title = w.wrap(List.of(new Span(letter.title(), true)), PageWriter.width(), 15f);
        w.ensure(title.size() * 19f + 3 * LEADING);
        w.color(HEADING_COLOR[0], HEADING_COLOR[1], HEADING_COLOR[2]);
        w.lines(title, PageWriter.LEFT, 15f, 19f);
        w.color(0, 0, 0);
        w.down(6);
    }

    private static void draftBox(PageWriter w, String notice) throws IOException {
        float pad = 6;
        List<List<Span>> lines = w.wrap(List.of(new Span(notice, true)), PageWriter.width() - 2 * pad, 11f);
        float h = lines.size() * 14f + 2 * pad;
        w.ensure(h);
        PDPageContentStream cs = w.stream();
        cs.setStrokingColor(DRAFT_COLOR[0], DRAFT_COLOR[1], DRAFT_COLOR[2]);
        cs.setLineWidth(1.5f);
        cs.addRect(PageWriter.LEFT, w.y() - h, PageWriter.width(), h);
        cs.stroke();
        w.color(DRAFT_COLOR[0], DRAFT_COLOR[1], DRAFT_COLOR[2]);
        w.down(pad);
        w.lines(lines, PageWriter.LEFT + pad, 11f, 14f);
        w.down(pad + 8);
        w.color(0, 0, 0);
    }

    private static void addressees(PageWriter w, List<Addressee> addressees) throws IOException {
        float colWidth = (PageWriter.width() - 20) / 2;
        for (int i = 0; i < addressees.size(); i += 2) {
            List<Addressee> pair = addressees.subList(i, Math.min(i + 2, addressees.size()));
            List<List<List<Span>>> wrapped = new ArrayList<>();
            int maxLines = 0;
            for (Addressee a : pair) {
                List<List<Span>> lines = new ArrayList<>();
                lines.add(List.of(new Span(a.role(), true)));
                for (String l : a.lines()) {
                    lines.addAll(w.wrap(List.of(new Span(l, false)), colWidth, 11f));
                }
                wrapped.add(lines);
                maxLines = Math.max(maxLines, lines.size());
            }
            float lead = 13.5f;
            w.ensure(maxLines * lead);
            float start = w.y();
            for (int c = 0; c < wrapped.size(); c++) {
                w.moveTo(start);
                w.lines(wrapped.get(c), PageWriter.LEFT + c * (colWidth + 20), 11f, lead);
            }
            w.moveTo(start - maxLines * lead - 6);
        }
    }

    private static void fields(PageWriter w, List<Block.Field> fields, float size, float lead) throws IOException {
        float labelWidth = 0;
        for (Block.Field f : fields) {
            labelWidth = Math.max(labelWidth, w.textWidth(f.label() + ":", size, true));
        }
        labelWidth = Math.min(labelWidth + 10, PageWriter.width() * 0.4f);
        float valueX = PageWriter.LEFT + labelWidth;
        for (Block.Field f : fields) {
            List<List<Span>> value = w.wrap(List.of(new Span(f.value(), false)), PageWriter.width() - labelWidth, size);
            w.ensure(Math.min(value.size(), 3) * lead);
            float start = w.y();
            w.lines(List.of(List.of(new Span(f.label() + ":", true))), PageWriter.LEFT, size, lead);
            w.moveTo(start);
            w.lines(value, valueX, size, lead);
        }
    }

    private static void body(PageWriter w, List<Block> blocks) throws IOException {
        Audience previous = Audience.MEMBER;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Heading h) {
                if (h.audience() == Audience.PROVIDER && previous != Audience.PROVIDER) {
                    w.newPage();
                }
                heading(w, h.text(), i + 1 < blocks.size() ? firstPiece(w, blocks.get(i + 1)) : 3 * LEADING);
            } else if (b instanceof Block.Paragraph p) {
                if (leadsIn(p) && i + 1 < blocks.size()) {
                    // "Sincerely," stays with the signature, "This is what we found:" with its first finding (0600)
                    int lines = w.wrap(List.of(new Span(p.text(), p.strong())), PageWriter.width(), BODY).size();
                    if (lines <= 2) {
                        w.ensure(lines * LEADING + 7 + firstPiece(w, blocks.get(i + 1)));
                    }
                }
                w.paragraph(List.of(new Span(p.text(), p.strong())), PageWriter.LEFT, PageWriter.width(), BODY, LEADING);
                w.down(7);
            } else if (b instanceof Block.Bullets l) {
                bullets(w, l.items(), b.audience() == Audience.PROVIDER ? 10f : BODY);
            } else if (b instanceof Block.Table t) {
                TableDrawer.draw(w, t, t.audience() == Audience.PROVIDER ? TABLE_SIZE_PROVIDER : 11f);
                w.down(8);
            } else if (b instanceof Block.Taglines t) {
                for (Block.Tagline tl : t.taglines()) {
                    if (ShapedText.needed(tl.text()) && shapedTagline(w, tl, 10.5f, 13.5f)) {
                        // drawn shaped
                    } else {
                        w.paragraph(List.of(new Span(tl.language() + ": ", true), new Span(tl.text(), false)),
                                PageWriter.LEFT, PageWriter.width(), 10.5f, 13.5f);
                    }
                    w.down(3);
                }
                w.down(5);
            } else if (b instanceof Block.Fields f) {
                fields(w, f.fields(), BODY, LEADING + 2);
                w.down(8);
            }
            previous = b.audience() == Audience.NOTICE && !(b instanceof Block.Heading) ? previous : b.audience();
        }
    }

    /**
     * A tagline in a script that needs shaping: the language's name in bold, then the shaped lines
     * (right-to-left lines set flush right), kept together on one page.
     */
    private static boolean shapedTagline(PageWriter w, Block.Tagline tl, float size, float leading) throws IOException {
        List<ShapedText.Line> lines;
        try {
            lines = ShapedText.lines(tl.text(), size, PageWriter.width());
        } catch (RuntimeException | Error e) {
            // a Java without font support: the line is drawn as PDFBox can (unshaped) rather than lost
            LOG.warn("tagline could not be shaped: {}", e.getClass().getSimpleName());
            return false;
        }
        w.ensure(leading * (lines.size() + 1));
        w.down(leading);
        w.text(tl.language() + ":", PageWriter.LEFT, w.y() + (leading - size) * 0.5f, size, true);
        for (ShapedText.Line line : lines) {
            w.down(leading);
            float x = line.rightToLeft() ? PageWriter.RIGHT - line.advance() : PageWriter.LEFT;
            ShapedText.draw(w.stream(), line, x, w.y() + (leading - size) * 0.5f);
            // the same words as invisible text: the tagline is searchable, copyable and read aloud (0285)
            w.hiddenText(w.stream(), line, x, w.y() + (leading - size) * 0.5f, size);
        }
        return true;
    }

    /**
     * A heading starts a new page unless the first piece of what it heads fits below it: a heading is never
     * left alone at the foot of a page (decision 0600).
     */
    private static void heading(PageWriter w, String text, float following) throws IOException {
        List<List<Span>> lines = w.wrap(List.of(new Span(text, true)), PageWriter.width(), 13f);
        w.ensure(5 + lines.size() * 17f + 3 + following);
        w.down(5);
        w.color(HEADING_COLOR[0], HEADING_COLOR[1], HEADING_COLOR[2]);
        w.lines(lines, PageWriter.LEFT, 13f, 17f);
        w.color(0, 0, 0);
        w.down(3);
    }

    /** A short paragraph ending in ',' or ':' leads into the block after it ("Sincerely,"; "This is what we found:"). */
    private static boolean leadsIn(Block.Paragraph p) {
        String t = p.text().strip();
        return t.endsWith(",") || t.endsWith(":");
    }

    /**
     * The height of the part of {@code next} that the renderer itself keeps together at its start (the
     * first lines of a paragraph, the first bullet, a table's header and first row, the signature block),
     * so that what leads into it is moved to the next page with it rather than left behind.
     */
    private static float firstPiece(PageWriter w, Block next) throws IOException {
        if (next instanceof Block.Paragraph p) {
            int n = w.wrap(List.of(new Span(p.text(), p.strong())), PageWriter.width(), BODY).size();
            return LEADING * (n <= 4 ? n : 2);
        }
        if (next instanceof Block.Bullets l && !l.items().isEmpty()) {
            float size = l.audience() == Audience.PROVIDER ? 10f : BODY;
            int n = w.wrap(List.of(new Span(l.items().get(0), false)), PageWriter.width() - 18, size).size();
            return size * 1.28f * Math.min(2, n);
        }
        if (next instanceof Block.Table t) {
            return TableDrawer.headerAndFirstRow(w, t, t.audience() == Audience.PROVIDER ? TABLE_SIZE_PROVIDER : 11f);
        }
        if (next instanceof Block.Fields f && !f.fields().isEmpty()) {
            float lead = LEADING + 2;
            int lines = 0;
            for (Block.Field field : f.fields()) {
                lines += w.wrap(List.of(new Span(field.value(), false)), PageWriter.width() * 0.6f, BODY).size();
            }
            return lead * Math.min(lines, 8); // a signature block of up to eight lines goes whole with its "Sincerely,"
        }
        if (next instanceof Block.Taglines) {
            return 2 * 13.5f;
        }
        if (next instanceof Block.Heading) {
            return 3 * LEADING;
        }
        return 0;
    }

    private static void bullets(PageWriter w, List<String> items, float size) throws IOException {
        float lead = size * 1.28f;
        for (String item : items) {
            List<List<Span>> lines = w.wrap(List.of(new Span(item, false)), PageWriter.width() - 18, size);
            w.ensure(lead * Math.min(2, lines.size()));
            float start = w.y();
            w.text("•", PageWriter.LEFT + 4, start - lead + (lead - size) * 0.5f, size, false);
            w.lines(lines, PageWriter.LEFT + 18, size, lead);
            w.down(3);
        }
        w.down(4);
    }

    private static void draftHeader(PageWriter w, LetterContent letter) {
        if (!letter.isDraft()) {
            return;
        }
        try {
            w.color(DRAFT_COLOR[0], DRAFT_COLOR[1], DRAFT_COLOR[2]);
            w.text("DRAFT — for physician review and signature", PageWriter.LEFT, PageWriter.TOP + 18, 9.5f, true);
            w.color(0, 0, 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void footers(PageWriter w, LetterContent letter) throws IOException {
        List<PDPage> pages = w.pages();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream cs = new PDPageContentStream(w.document(), pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.setStrokingColor(0.6f, 0.6f, 0.6f);
                cs.setLineWidth(0.5f);
                cs.moveTo(PageWriter.LEFT, 52);
                cs.lineTo(PageWriter.RIGHT, 52);
                cs.stroke();
                cs.setNonStrokingColor(0.3f, 0.3f, 0.3f);
                String page = "Page " + (i + 1) + " of " + pages.size();
                float pageWidth = w.textWidth(page, 9f, false);
                String footer = letter.footer();
                float maxFooter = PageWriter.width() - pageWidth - 16;
                while (w.textWidth(footer, 9f, false) > maxFooter && footer.length() > 10) {
                    footer = footer.substring(0, footer.length() - 2);
                }
                w.text(cs, footer, PageWriter.LEFT, 40, 9f, false);
                w.text(cs, page, PageWriter.RIGHT - pageWidth, 40, 9f, false);
                if (letter.isDraft()) {
                    cs.setNonStrokingColor(DRAFT_COLOR[0], DRAFT_COLOR[1], DRAFT_COLOR[2]);
                    w.text(cs, "DRAFT — not valid until signed by the physician reviewer", PageWriter.LEFT, 28, 8.5f, true);
                }
            }
        }
    }

    private static void metadata(PDDocument doc, LetterContent letter) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(letter.title() + " — " + letter.requestId());
        info.setSubject(letter.kind().name());
        info.setCreator("IMRT Review Workstation");
        info.setProducer("IMRT Review Workstation (Apache PDFBox)");
        // the marker intake recognises, so a letter saved into a case folder is never read as evidence
        // (the same key as org.imrtreview.intake.pdf.OwnLetters.MARKER_KEY; a test ties the two)
        info.setCustomMetadataValue("IMRTReviewLetter", letter.kind().name());
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        when.clear();
        when.set(letter.date().getYear(), letter.date().getMonthValue() - 1, letter.date().getDayOfMonth(), 12, 0, 0);
        info.setCreationDate(when);
        info.setModificationDate(when);
        doc.setDocumentInformation(info);
        byte[] id = documentId(letter);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().setDocumentID(ids);
    }

    /** 16 bytes of SHA-256 over the letter's text: stable for the same letter, different for any other. */
    private static byte[] documentId(LetterContent letter) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(
                    (letter.kind() + "\n" + letter.date() + "\n" + letter.plainText()).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(h, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
