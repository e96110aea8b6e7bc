package org.imrtreview.constraint.library;

/**
 * A source recognised in the table's "source" cell: canonical group plus protocol number when one
 * is named (RTOG "0631", SWOG "S1826", NRG "HN005"); {@code matched} is the provider's words.
 */
public record CitedSource(SourceGroup group, String protocol, String matched) {

    /** "RTOG 0631", "QUANTEC", "SWOG S1826". */
    public String label() {
        return protocol == null ? group.title() : group.title() + " " + protocol;
    }
}
