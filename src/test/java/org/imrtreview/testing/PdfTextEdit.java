package org.imrtreview.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Edits the words a text PDF shows, as a provider editing the document before sending it would: each string
 * shown on a page that holds {@code from} is written again with {@code to}, in the codes of the string's font
 * (one string per line, as the sample generators draw). Fails when nothing was replaced, so a probe never tests the original.
 */
public final class PdfTextEdit {

    private PdfTextEdit() {
    }

    /** Replaces {@code from} by {@code to} in the strings shown on every page of {@code pdf}, in place. */
    public static void replace(Path pdf, String from, String to) throws IOException {
        int replaced = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                boolean changed = false;
                PDFont font = null;
                for (int i = 0; i < tokens.size(); i++) {
                    Object t = tokens.get(i);
                    if (t instanceof Operator op && "Tf".equals(op.getName()) && i >= 2 && tokens.get(i - 2) instanceof COSName f) {
                        font = page.getResources().getFont(f);
                    } else if (t instanceof COSString s && font != null) {
                        COSString edited = edited(font, s, from, to);
                        if (edited != null) {
                            tokens.set(i, edited);
                            changed = true;
                        }
                    } else if (t instanceof COSArray a && font != null) {
                        for (int k = 0; k < a.size(); k++) {
                            COSString edited = a.get(k) instanceof COSString s ? edited(font, s, from, to) : null;
                            if (edited != null) {
                                a.set(k, edited);
                                changed = true;
                            }
                        }
                    }
                }
                if (changed) {
                    replaced++;
                    PDStream stream = new PDStream(doc);
                    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                        new ContentStreamWriter(out).writeTokens(tokens);
                    }
                    page.setContents(stream);
                }
            }
            if (replaced == 0) {
                throw new IOException("\"" + from + "\" is shown on no page of " + pdf.getFileName());
            }
            // not onto the file it is still being read from
            Path edited = pdf.resolveSibling(pdf.getFileName() + ".edited");
            doc.save(edited.toFile());
        }
        java.nio.file.Files.move(pdf.resolveSibling(pdf.getFileName() + ".edited"), pdf,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The string shown with {@code from} replaced, in the font's own codes (an embedded subset's too); null if absent. */
    private static COSString edited(PDFont font, COSString shown, String from, String to) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = new ByteArrayInputStream(shown.getBytes())) {
            while (in.available() > 0) {
                String u = font.toUnicode(font.readCode(in));
                text.append(u == null ? "\uFFFD" : u);
            }
        }
        if (!text.toString().contains(from)) {
            return null;
        }
        return new COSString(font.encode(text.toString().replace(from, to)));
    }
}
