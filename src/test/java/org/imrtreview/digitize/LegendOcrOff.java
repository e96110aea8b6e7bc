package org.imrtreview.digitize;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Switches legend OCR off while a test class runs ({@code @ExtendWith(LegendOcrOff.class)}): for tests
 * about curves that arrive unassigned, or found by colour, which OCR would name first.
 */
public final class LegendOcrOff implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        System.setProperty(DvhImageDigitizer.LEGEND_OCR_PROPERTY, "false");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.clearProperty(DvhImageDigitizer.LEGEND_OCR_PROPERTY);
    }
}
