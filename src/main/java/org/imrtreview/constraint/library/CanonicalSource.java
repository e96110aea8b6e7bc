package org.imrtreview.constraint.library;

/**
 * A source recognised in the table's "source" cell, mapped to its canonical group, with the
 * protocol number when one is named (RTOG "0631", SWOG "S1826", NRG "HN005"); {@code written} is
 * the recogniser's display form.
 */
public record CanonicalSource(SourceGroup group, String protocol, String written) {

    /** "RTOG 0631", "QUANTEC", "SWOG S1826". */
    public String label() {
        return protocol == null ? group.title() : group.title() + " " + protocol;
    }
}
