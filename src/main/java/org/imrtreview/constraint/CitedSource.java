package org.imrtreview.constraint;

/**
 * A recognised source of a constraint: its canonical name ("QUANTEC", "RTOG", "AAPM TG-101",
 * "Institutional" …), the protocol or report number when written ("0631", "BN001"), and whether it
 * is an institution's own constraint (which no published library can check).
 */
public record CitedSource(String name, String protocol, boolean institutional) {

    /** "RTOG 0631", "QUANTEC". */
    public String display() {
        return protocol == null ? name : name + " " + protocol;
    }
}
