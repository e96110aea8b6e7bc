package org.imrtreview.ui.letter;

import java.time.Clock;
import org.imrtreview.letter.content.LetterAssetsException;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.pdf.LetterPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The letter service the product ships: the PDF letter module, or "unavailable" if its templates are wrong. */
public final class Letters {

    private static final Logger LOG = LoggerFactory.getLogger(Letters.class);

    private Letters() {
    }

    public static LetterService standard() {
        try {
            return new PdfLetterService(LetterComposer.standard(), new LetterPrinter(), Clock.systemDefaultZone());
        } catch (LetterAssetsException e) {
            LOG.error("letter templates or settings are wrong, letters are disabled: {}", e.getMessage());
            return LetterService.unavailable();
        }
    }
}
