package org.imrtreview.model;

/** The provider's answer to "Can the constraint only be met with IMRT?". */
public enum Answer {
    YES, NO
}
