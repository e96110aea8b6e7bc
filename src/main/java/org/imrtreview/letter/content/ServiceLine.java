package org.imrtreview.letter.content;

/**
 * One requested service in a decision made line by line (a PAS request's Claim item, decision 0268):
 * its code, whether it is approved and — for an approval of fewer units than asked — the units
 * approved of those requested.
 */
public record ServiceLine(String code, boolean approved, Integer approvedUnits, Integer requestedUnits) {

    public ServiceLine {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a service line needs its code");
        }
        if (approvedUnits != null && (!approved || approvedUnits < 1)) {
            throw new IllegalArgumentException("approved units are given only for an approved line, at least 1");
        }
    }

    /** Approved, but fewer units than requested. */
    public boolean reduced() {
        return approved && approvedUnits != null && requestedUnits != null && approvedUnits < requestedUnits;
    }
}
