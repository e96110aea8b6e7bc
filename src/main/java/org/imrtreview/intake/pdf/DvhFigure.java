package org.imrtreview.intake.pdf;

import org.imrtreview.model.PlanKind;

/**
 * A DVH plot found on a PDF page: an embedded image, or vector drawing rendered for the check.
 * {@code plan} is null when neither the caption nor the page names it; {@code planFrom} says where
 * the plan was read ("caption", "page text"); {@code colour} is null when the pixels could not be
 * decoded.
 */
record DvhFigure(int page, PlanKind plan, Boolean colour, boolean vector, String planFrom, String caption) {
}
