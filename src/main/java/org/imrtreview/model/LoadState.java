package org.imrtreview.model;

/** How far a submitted file could be read. */
public enum LoadState {
    LOADED, WITH_ERRORS, ENCRYPTED, SCANNED, UNREADABLE
}
