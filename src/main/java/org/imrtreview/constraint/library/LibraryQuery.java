package org.imrtreview.constraint.library;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Filters for browsing the library (CLI {@code constraints}, the workstation's library pane):
 * organ in any spelling the workstation understands (or a word of the library's organ name),
 * source as a provider would write it ("RTOG 0225", "TG-101"), fractions of the course.
 * Blank filters match everything.
 */
public record LibraryQuery(String organ, String source, Integer fractions, Regime regime) {

    public static LibraryQuery all() {
        return new LibraryQuery(null, null, null, null);
    }

    public List<PublishedConstraint> run(ConstraintLibrary library) {
        return library.find(predicate(library));
    }

    public Predicate<PublishedConstraint> predicate(ConstraintLibrary library) {
        Predicate<PublishedConstraint> p = e -> true;
        if (organ != null && !organ.isBlank()) {
            List<String> structures = LibraryStructures.of(organ);
            String words = organ.strip().toLowerCase(Locale.ROOT);
            p = p.and(e -> structures.stream().anyMatch(e::covers) || e.organ().toLowerCase(Locale.ROOT).contains(words)
                    || e.tg263().stream().anyMatch(t -> t.equalsIgnoreCase(organ.strip())));
        }
        if (source != null && !source.isBlank()) {
            List<SourceScope> scopes = SourceCatalog.recognise(source).stream().map(SourceScope::of).filter(s -> s != null).toList();
            String words = source.strip().toLowerCase(Locale.ROOT);
            p = p.and(e -> scopes.isEmpty() ? e.sourceName().toLowerCase(Locale.ROOT).contains(words)
                    : scopes.stream().anyMatch(s -> s.includes(e)));
        }
        if (fractions != null) {
            p = p.and(e -> fractions <= Fractionation.SBRT_MAX_FRACTIONS
                    ? e.regime() == Regime.SBRT_SRS && fractions.equals(e.fractions())
                    : e.regime() == Regime.CONVENTIONAL);
        }
        if (regime != null) {
            Regime wanted = regime == Regime.HYPOFRACTIONATED ? Regime.CONVENTIONAL : regime;
            p = p.and(e -> e.regime() == wanted);
        }
        return p;
    }
}
