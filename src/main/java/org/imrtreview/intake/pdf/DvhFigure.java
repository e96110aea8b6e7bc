package org.imrtreview.intake.pdf;

import java.util.List;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;

/**
 * A DVH plot found on a PDF page: an embedded image, or a vector drawing. {@code index} numbers the
 * figures of a page from 1 in reading order (top to bottom, then left to right). {@code plan} is
 * null when neither the caption nor the page names it; {@code planFrom} says where the plan was read
 * ("caption", "page text"); {@code colour} is null when the pixels could not be decoded.
 * {@code curves} are what digitising it gave (empty when it was not digitised) and
 * {@code digitiseNote} says what happened, for the document's note (null when not attempted).
 */
record DvhFigure(int page, int index, PlanKind plan, Boolean colour, boolean vector, String planFrom, String caption,
                 List<DvhCurve> curves, String digitiseNote) {

    DvhFigure {
        curves = List.copyOf(curves);
    }

    DvhFigure withDigitised(List<DvhCurve> digitised, String note) {
        return new DvhFigure(page, index, plan, colour, vector, planFrom, caption, digitised, note);
    }
}
