package org.imrtreview.testing;

import org.imrtreview.intake.pdf.BundledPdfFonts;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs the program's PDF font mapper before every test class, as the program's entry point does, so a test
 * that makes or renders a PDF with PDFBox before touching the program's PDF code neither draws with the machine's
 * fonts nor makes PDFBox scan them into a font cache (decision 0650). Registered for every test class by JUnit's
 * extension auto-detection ({@code junit-platform.properties}).
 */
public final class BundledPdfFontsExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        BundledPdfFonts.install();
    }
}
