package org.imrtreview.evaluate;

import org.imrtreview.model.PlanKind;

/**
 * A row's metric computed from submitted DVH curves for one plan, in the constraint's unit.
 * {@code digitised} evidence (traced from an image) may only flag, never change a verdict.
 */
public record DvhEvidence(PlanKind plan, double value, String structure, String file, boolean digitised) {
}
