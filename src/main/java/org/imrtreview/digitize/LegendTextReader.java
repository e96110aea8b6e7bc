package org.imrtreview.digitize;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.imrtreview.ocr.LineText;
import org.imrtreview.ocr.TextReader;

/**
 * Reads the text beside each legend swatch by OCR and gives the curve a {@link LegendLabel} when the
 * reading is sure enough. A label below {@link #MIN_CERTAINTY} is dropped, not guessed: a wrong
 * organ name would put a curve under the wrong table row, while a missing one only asks the nurse.
 * Stops quietly (no more labels, no error) when OCR is unavailable or the time budget is spent.
 */
final class LegendTextReader {
    static final String SOURCE = "legend read by OCR";
    /** Structure names: letters, digits and the punctuation planning systems allow in them. */
    static final String WHITELIST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 _-.()+/%:,";
    static final double MIN_CERTAINTY = 0.6;

    private final TextReader reader;
    private final double minCertainty;

    LegendTextReader(TextReader reader, double minCertainty) {
        this.reader = reader;
        this.minCertainty = minCertainty;
    }

    /** What OCR made of one entry, before the certainty cut (for measuring). */
    record Reading(int curve, String raw, String cleaned, double certainty) {
    }

    List<TracedCurve> label(RgbImage image, List<TracedCurve> curves, List<LegendSwatch> swatches, LongSupplier cpuNanos,
                            long deadline) {
        List<TracedCurve> out = new ArrayList<>(curves);
        for (Reading r : read(image, curves, swatches, cpuNanos, deadline)) {
            if (r.cleaned() != null && r.certainty() >= minCertainty) {
                out.set(r.curve(), out.get(r.curve()).withLegendLabel(new LegendLabel(r.cleaned(), r.certainty(), SOURCE)));
            }
        }
        return out;
    }

    List<Reading> read(RgbImage image, List<TracedCurve> curves, List<LegendSwatch> swatches, LongSupplier cpuNanos,
                       long deadline) {
        List<Reading> out = new ArrayList<>();
        if (swatches.isEmpty() || !reader.available()) {
            return out;
        }
        LegendTextLocator locator = new LegendTextLocator(image);
        for (LegendSwatch s : swatches) {
            if (cpuNanos.getAsLong() > deadline) {
                break;
            }
            if (s.ambiguous()) {
                continue;
            }
            Optional<LegendTextLocator.TextBox> box = locator.locate(s, swatches, curves.get(s.curve()).rgb());
            if (box.isEmpty()) {
                continue;
            }
            BufferedImage line = LegendTextImage.of(image, box.get());
            Optional<LineText> text = reader.readLine(line, WHITELIST);
            if (text.isEmpty()) {
                continue;
            }
            Optional<String> cleaned = LegendTextCleaner.clean(text.get().text());
            out.add(new Reading(s.curve(), text.get().text(), cleaned.orElse(null), certainty(text.get())));
        }
        return out;
    }

    /** The least sure word decides: one misread word makes the whole name wrong. */
    static double certainty(LineText text) {
        return text.minWordConfidence();
    }
}
