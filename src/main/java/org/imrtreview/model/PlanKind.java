package org.imrtreview.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which plan a DVH image or data set shows. */
public enum PlanKind {
    THREE_D("3D"), IMRT("IMRT"), BOTH("BOTH");

    private final String label;

    PlanKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
