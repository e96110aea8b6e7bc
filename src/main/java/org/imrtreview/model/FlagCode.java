package org.imrtreview.model;

/** Stable row flag codes (SPEC §4). Each flag carries its own human sentence. */
public enum FlagCode {
    ANSWER_MISMATCH,
    IMRT_WORSE,
    CONSTRAINT_UNPARSED,
    /** The constraint was read with an assumption the nurse should see (e.g. a bare "< 54 Gy" as Dmax). */
    CONSTRAINT_INTERPRETED,
    VALUE_MISSING,
    UNIT_CONVERTED,
    SOURCE_MISSING,
    SOURCE_UNRECOGNIZED,
    STRICTER_THAN_PUBLISHED,
    LOOSER_THAN_PUBLISHED,
    NO_PUBLISHED_MATCH,
    FRACTIONATION_MISMATCH,
    ORGAN_UNRECOGNIZED,
    BORDERLINE,
    DVH_TABLE_MISMATCH,
    ANSWER_MISSING,
    ORGAN_MISSING,
    /** A cell read by OCR from a scanned or faxed page with low confidence or an impossible value, not yet confirmed. */
    OCR_UNCERTAIN,
    /** The constraint states no number ("ALARA", "as low as possible"): readable, but it cannot support. */
    NO_NUMERIC_LIMIT,
    /** The limit depends on the prescription (% of it, or a dose per fraction) and the prescription is not known. */
    PRESCRIPTION_NEEDED,
    /** A 3D or IMRT value no plan can give (a volume above 100 %, a dose above 100 Gy or twice the prescription). */
    VALUE_IMPOSSIBLE,
    /** Another row lists the same organ and metric with a different value for a plan (the table contradicts itself). */
    ROWS_CONFLICT,
    /** Submitted DVH data (or pictures whose legends name every curve) hold no structure that could be the row's organ. */
    ORGAN_NOT_IN_DVH,
    /** Exported DVH data match the table only with the 3D and IMRT plans swapped: no row supports (decision 0442). */
    DVH_PLANS_SWAPPED,
    /** A row's values differ from its organ's exported DVH data but fit another row's organ there (a note, decision 0541). */
    DVH_VALUES_OF_ANOTHER_ORGAN
}
