package org.imrtreview.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A finding on a row: stable code plus the sentence the nurse reads. {@code blocksSupport} marks a
 * finding that stops the row from supporting {@code CRITERIA_MET} (e.g. "only IMRT meets it" holds
 * only under a constraint stricter than the cited source publishes). {@code plain} is the same finding
 * in plain words for the member's letter (null when the flag has none; the nurse's sentence is
 * written for reviewers and cites papers).
 */
public record Flag(FlagCode code, String message,
                   @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean blocksSupport,
                   @JsonIgnore String plain) {

    public Flag(FlagCode code, String message, boolean blocksSupport) {
        this(code, message, blocksSupport, null);
    }

    /** The sentence for a member-facing letter: the plain wording where there is one. */
    public String memberText() {
        return plain == null || plain.isBlank() ? message : plain;
    }

    public static Flag of(FlagCode code, String message) {
        return new Flag(code, message, false);
    }

    public static Flag blocking(FlagCode code, String message) {
        return new Flag(code, message, true);
    }

    public static Flag blocking(FlagCode code, String message, String plain) {
        return new Flag(code, message, true, plain);
    }
}
