package org.imrtreview.constraint.library;

/**
 * Which library entries a cited source stands for. Generic "RTOG" covers every RTOG protocol in
 * the library; "RTOG 0225" only that protocol. RTOG 0631 (spine radiosurgery, 16-18 Gy in one
 * fraction) is not in the library, but its cord and cauda-equina limits are the TG-101
 * single-fraction values, so it is checked against those (docs/decisions/0056-source-scopes.md).
 */
record SourceScope(CanonicalSource cited) {

    static SourceScope of(CanonicalSource cited) {
        return cited.group().inLibrary() ? new SourceScope(cited) : null;
    }

    boolean includes(PublishedConstraint e) {
        CanonicalSource c = cited;
        if (c.group() == SourceGroup.RTOG && "0631".equals(c.protocol())) {
            return e.source() == SourceGroup.AAPM_TG101 && Integer.valueOf(1).equals(e.fractions())
                    && (e.covers("SpinalCord") || e.covers("CaudaEquina"));
        }
        if (!e.publishedBy(c.group())) {
            return false;
        }
        return c.protocol() == null || c.protocol().equals(e.protocol());
    }

    String label() {
        if (cited.group() == SourceGroup.RTOG && "0631".equals(cited.protocol())) {
            return "RTOG 0631 (checked against the AAPM TG-101 single-fraction spine limits it uses)";
        }
        return cited.label();
    }
}
