package org.imrtreview.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A finding on a row: stable code plus the sentence the nurse reads. {@code blocksSupport} marks a
 * finding that stops the row from supporting {@code CRITERIA_MET} (e.g. "only IMRT meets it" holds
 * only under a constraint stricter than the cited source publishes).
 */
public record Flag(FlagCode code, String message,
                   @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean blocksSupport) {

    public static Flag of(FlagCode code, String message) {
        return new Flag(code, message, false);
    }

    public static Flag blocking(FlagCode code, String message) {
        return new Flag(code, message, true);
    }
}
