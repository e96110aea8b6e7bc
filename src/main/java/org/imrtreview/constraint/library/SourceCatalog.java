package org.imrtreview.constraint.library;

import java.util.List;
import java.util.Locale;
import org.imrtreview.constraint.CitedSource;
import org.imrtreview.constraint.SourceRecognizer;

/**
 * The source cell as the library sees it: {@link SourceRecognizer} (the one recogniser of the
 * product) finds the sources written — "QUANTEC", "Quantec", "RTOG #0631", "NRG/RTOG 1016",
 * "AAPM TG101", "UK SABR consensus", "SWOG S1826", "institutional" … — and this class maps each to
 * its canonical {@link SourceGroup} with a normalised protocol number ("RTOG 631" → 0631,
 * "SWOG 1826" → S1826), so library entries can be selected by source.
 */
public final class SourceCatalog {

    private SourceCatalog() {
    }

    /** Every source named in the cell, in the order written; empty when the cell is blank or names none. */
    public static List<CanonicalSource> recognise(String cell) {
        return SourceRecognizer.recognizeAll(cell).stream().map(SourceCatalog::canonical).toList();
    }

    /** True when the cell names something, yet no known source. */
    public static boolean unrecognised(String cell) {
        return cell != null && !cell.isBlank() && recognise(cell).isEmpty();
    }

    static CanonicalSource canonical(CitedSource source) {
        SourceGroup group = SourceGroup.byRecognizerName(source.name());
        return new CanonicalSource(group, normaliseProtocol(group, source.protocol()), source.display());
    }

    static String normaliseProtocol(SourceGroup group, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String compact = raw.replaceAll("[\\s]", "").toUpperCase(Locale.ROOT);
        return switch (group) {
            case RTOG -> compact.length() == 3 ? "0" + compact : compact;
            case SWOG -> compact.startsWith("S") ? compact : "S" + compact;
            default -> compact;
        };
    }
}
