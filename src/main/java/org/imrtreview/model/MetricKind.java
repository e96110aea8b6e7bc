package org.imrtreview.model;

/** What a DVH metric asks for (TG-263 query types). */
public enum MetricKind {
    /** Maximum (point) dose. */
    MAX,
    MEAN,
    MIN,
    /** D<i>x</i>: minimum dose to the hottest <i>x</i> cc or %. */
    DOSE_AT_VOLUME,
    /** V<i>x</i>Gy: volume receiving at least <i>x</i> Gy. */
    VOLUME_AT_DOSE,
    /** DC<i>x</i>: maximum dose to the coldest (spared) <i>x</i> cc or %. */
    DOSE_COMPLEMENT,
    /** CV<i>x</i>Gy: volume receiving at most <i>x</i> Gy. */
    VOLUME_COMPLEMENT,
    /** Emami whole-organ tolerance (TD5/5); a dose limit, compared like a maximum. */
    TOLERANCE_DOSE;

    /** True when the metric's result is a dose (its limit is in Gy/cGy). */
    public boolean yieldsDose() {
        return this != VOLUME_AT_DOSE && this != VOLUME_COMPLEMENT;
    }
}
