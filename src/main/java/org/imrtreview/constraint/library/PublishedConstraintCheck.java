package org.imrtreview.constraint.library;

import static org.imrtreview.constraint.library.PublishedComparison.Outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.Operator;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.Unit;

/**
 * Is the cited constraint really the published one? Finds the cited source's entries for the
 * row's organ, metric and fractionation, compares the value, and re-evaluates the 3D and IMRT
 * values under the published value (docs/constraint-library.md, "The check").
 */
public final class PublishedConstraintCheck {
    /** Values closer than this (Gy, % or cc) are the same published number (rounding in tables). */
    static final double SAME_VALUE = 0.05;
    private static final int CLOSEST = 3;

    /** The library, read on the first check (the shipped one is not read before a case is evaluated). */
    private final java.util.function.Supplier<ConstraintLibrary> library;
    /** Per cited source (group + protocol): the regimes its library entries cover; empty when it has none. */
    private final java.util.Map<String, Set<Regime>> regimesBySource = new java.util.concurrent.ConcurrentHashMap<>();

    public PublishedConstraintCheck(ConstraintLibrary library) {
        java.util.Objects.requireNonNull(library, "library");
        this.library = () -> library;
    }

    private PublishedConstraintCheck(java.util.function.Supplier<ConstraintLibrary> library) {
        this.library = library;
    }

    private Set<Regime> regimesOf(SourceScope scope) {
        return regimesBySource.computeIfAbsent(scope.cited().group() + "/" + scope.cited().protocol(),
                k -> library.get().find(scope::includes).stream().map(PublishedConstraint::regime)
                        .collect(Collectors.toUnmodifiableSet()));
    }

    public static PublishedConstraintCheck standard() {
        return new PublishedConstraintCheck(ConstraintLibrary::standard);
    }

    /**
     * The comparison for an evaluated row, for views that show it beside the row (a match included):
     * uses the values the verdict used and the request's prescription.
     */
    public PublishedComparison check(org.imrtreview.model.RowResult row, org.imrtreview.model.Request request) {
        if (row.multiLimit()) {
            return PublishedComparison.notCheckable("The row has several limits; each was compared with the library on its own"
                    + " (see the row's flags).");
        }
        return check(new CitedConstraint(LibraryStructures.of(row.row().organ()), row.constraint(),
                SourceCatalog.recognise(row.row().source()),
                Fractionation.of(request == null ? null : request.prescription()), row.dose3d(), row.doseImrt()));
    }

    private record Candidate(PublishedConstraint entry, MetricRelation relation, double value) {
    }

    public PublishedComparison check(CitedConstraint row) {
        Constraint cited = row.constraint();
        if (cited == null || !cited.parsed()) {
            return PublishedComparison.notCheckable("The constraint could not be read, so it was not compared with the published library.");
        }
        if (row.structures().isEmpty()) {
            return PublishedComparison.notCheckable("The organ was not recognised, so the constraint was not compared with the published library.");
        }
        List<CanonicalSource> sources = row.sources();
        if (sources.isEmpty()) {
            return PublishedComparison.notCheckable("No recognised source, so the constraint was not compared with the published library.");
        }
        if (sources.stream().allMatch(s -> s.group() == SourceGroup.INSTITUTIONAL)) {
            return PublishedComparison.notCheckable("Institutional constraints cannot be checked against published values; the row counts as cited.");
        }
        if (cited.metric().kind().yieldsDose() && cited.limit().unit() == Unit.PERCENT) {
            if (row.fractionation() == null) {
                return PublishedComparison.notCheckable("The limit is a percentage of the prescription, which is not known,"
                        + " so it was not compared with the published library.");
            }
            row = inGyOfPrescription(row);
            cited = row.constraint();
        }
        List<SourceScope> scopes = sources.stream().map(SourceScope::of)
                .filter(s -> s != null && !regimesOf(s).isEmpty()).toList();
        double citedValue = inCommonUnit(cited.limit());
        Fractionation fx = row.fractionation();
        if (scopes.isEmpty()) {
            String names = sources.stream().filter(s -> s.group() != SourceGroup.INSTITUTIONAL).map(CanonicalSource::label)
                    .distinct().collect(Collectors.joining(", "));
            return noMatch(row, citedValue, names + " is a recognised source, but the library holds no published values from it, "
                    + "so the cited value cannot be checked.");
        }
        String sourceNames = scopes.stream().map(SourceScope::label).distinct().collect(Collectors.joining(" / "));
        Regime regime = fx == null ? null : fx.regime();

        if (regime != null) {
            Set<Regime> published = scopes.stream().flatMap(s -> regimesOf(s).stream()).collect(Collectors.toSet());
            if (!published.isEmpty() && !published.contains(regimeClass(regime))) {
                return mismatch(row, sourceNames + " publishes limits only for " + regimeWords(published)
                        + "; this course is " + fx.describe() + ".", List.of());
            }
        }

        List<Candidate> comparable = new ArrayList<>();
        for (PublishedConstraint e : library.get().forStructures(row.structures())) {
            if (scopes.stream().noneMatch(s -> s.includes(e))
                    || e.operator().isUpperLimit() != cited.operator().isUpperLimit()) {
                continue;
            }
            MetricRelation relation = MetricRelation.between(cited.metric(), cited.limit().unit(), e);
            Quantity limit = e.absoluteLimit(fx == null ? null : fx.totalDoseGy());
            if (relation != MetricRelation.NONE && limit != null) {
                comparable.add(new Candidate(e, relation, inCommonUnit(limit)));
            }
        }
        if (comparable.isEmpty()) {
            return noMatch(row, citedValue, sourceNames + " publishes no " + cited.metric().label() + " limit for this organ"
                    + (regime == null ? "" : " (" + regimeClassWords(regime) + ")") + "." + ofOtherOrgans(row, scopes, citedValue));
        }
        List<Candidate> sameRegime = preferExact(comparable.stream().filter(c -> fits(c.entry(), fx)).toList());
        List<Candidate> otherRegime = comparable.stream().filter(c -> !fits(c.entry(), fx)).toList();
        if (sameRegime.isEmpty()) {
            boolean otherFractionCounts = regime == Regime.SBRT_SRS
                    && otherRegime.stream().anyMatch(c -> c.entry().regime() == Regime.SBRT_SRS)
                    && otherRegime.stream().noneMatch(c -> c.entry().regime() != Regime.SBRT_SRS && same(c.value(), citedValue));
            if (otherFractionCounts) {
                Set<Integer> counts = otherRegime.stream().map(c -> c.entry().fractions()).filter(n -> n != null)
                        .collect(Collectors.toCollection(TreeSet::new));
                return noMatch(row, citedValue, sourceNames + " publishes this limit for " + joinCounts(counts)
                        + ", not for " + fx.fractions() + ".");
            }
            return mismatch(row, sourceNames + " publishes " + cited.metric().label() + " limits for this organ only for "
                    + regimeWords(otherRegime.stream().map(c -> c.entry().regime()).collect(Collectors.toSet()))
                    + " (" + describe(otherRegime) + "); this course is " + fx.describe() + ".",
                    otherRegime.stream().map(Candidate::entry).toList());
        }
        List<Candidate> matching = sameRegime.stream().filter(c -> same(c.value(), citedValue)).toList();
        if (!matching.isEmpty()) {
            return matches(row, matching, fx);
        }
        if (regime != null) {
            List<Candidate> otherMatch = otherRegime.stream()
                    .filter(c -> c.entry().regime() != regimeClass(regime) && same(c.value(), citedValue)).toList();
            if (!otherMatch.isEmpty()) {
                PublishedConstraint e = otherMatch.get(0).entry();
                return mismatch(row, "The cited value is " + e.sourceLabel() + "'s limit for " + e.regimeText() + " ("
                        + e.constraintText() + "); this course is " + fx.describe() + ".", List.of(e));
            }
        }
        return differs(row, sameRegime, citedValue, sourceNames);
    }

    /** "Dmax ≤ 105%" (of the prescription) with values in %: everything in Gy of this course's prescription. */
    private static CitedConstraint inGyOfPrescription(CitedConstraint row) {
        double gyPerPercent = row.fractionation().totalDoseGy() / 100.0;
        Constraint c = row.constraint();
        Constraint inGy = c.withLimit(new Quantity(c.limit().value() * gyPerPercent, Unit.GY));
        return new CitedConstraint(row.structures(), inGy, row.sources(), row.fractionation(),
                row.dose3d() == null ? null : row.dose3d() * gyPerPercent,
                row.doseImrt() == null ? null : row.doseImrt() * gyPerPercent);
    }

    // ---- outcomes -------------------------------------------------------------------------

    private PublishedComparison matches(CitedConstraint row, List<Candidate> matching, Fractionation fx) {
        Candidate first = matching.get(0);
        String note = first.relation() == MetricRelation.NEAR_MAX ? " " + nearMaxNote(first.entry()) : "";
        String unknownFx = fx == null ? " The prescription is not known, so the fractionation was not checked." : "";
        return new PublishedComparison(Outcome.MATCHES, first.entry(), entries(matching), List.of(), null, false,
                "Matches " + first.entry().sourceLabel() + " " + first.entry().constraintText() + " for "
                        + first.entry().organ().toLowerCase() + " (" + first.entry().regimeText() + "; "
                        + first.entry().citation() + ")." + note + unknownFx);
    }

    private PublishedComparison differs(CitedConstraint row, List<Candidate> sameRegime, double citedValue, String sourceNames) {
        Constraint cited = row.constraint();
        Candidate nearest = sameRegime.stream().min(Comparator.comparingDouble(c -> Math.abs(c.value() - citedValue))).orElseThrow();
        PublishedConstraint ref = nearest.entry();
        boolean stricter = cited.operator().isUpperLimit() ? citedValue < nearest.value() : citedValue > nearest.value();
        Outcome outcome = stricter ? Outcome.STRICTER_THAN_PUBLISHED : Outcome.LOOSER_THAN_PUBLISHED;
        Double d3 = row.dose3d() == null ? null : inCommonUnit(new Quantity(row.dose3d(), cited.limit().unit()));
        Double dI = row.doseImrt() == null ? null : inCommonUnit(new Quantity(row.doseImrt(), cited.limit().unit()));
        Boolean citedOnlyImrt = d3 == null || dI == null ? null : !cited.operator().test(d3, citedValue) && cited.operator().test(dI, citedValue);
        Boolean underNearest = onlyImrt(ref.operator(), nearest.value(), d3, dI);
        boolean holdsUnderSome = sameRegime.stream().anyMatch(c -> Boolean.TRUE.equals(onlyImrt(c.entry().operator(), c.value(), d3, dI)));

        Unit unit = displayUnit(cited.limit().unit());
        StringBuilder m = new StringBuilder();
        m.append("Cited ").append(cited.metric().label()).append(' ').append(cited.operator().symbol()).append(' ')
                .append(show(citedValue, unit)).append(" is ").append(stricter ? "stricter" : "looser").append(" than ")
                .append(ref.sourceLabel()).append("'s published ").append(ref.metric().label()).append(' ')
                .append(ref.operator().symbol()).append(' ').append(show(nearest.value(), unit))
                .append(" for ").append(ref.organ().toLowerCase()).append(" (").append(ref.regimeText())
                .append(ref.endpoint() == null ? "" : "; " + ref.endpoint()).append("; ").append(ref.citation()).append(").");
        if (nearest.relation() == MetricRelation.NEAR_MAX) {
            m.append(' ').append(nearMaxNote(ref));
        }
        if (sameRegime.size() > 1) {
            m.append(" Other published values of ").append(sourceNames).append(": ")
                    .append(describe(sameRegime.stream().filter(c -> c != nearest).toList())).append('.');
        }
        if (ref.secondary()) {
            m.append(" The published value comes from a secondary transcription (not verified against the paper).");
        }
        m.append(' ').append(verdictSentence(underNearest, d3, dI, ref.operator(), nearest.value(), unit));
        Fractionation fx = row.fractionation();
        boolean enforceable = fx != null && fx.regime() != Regime.HYPOFRACTIONATED
                && sameRegime.stream().anyMatch(c -> !c.entry().secondary());
        boolean blocks = Boolean.TRUE.equals(citedOnlyImrt) && !holdsUnderSome && enforceable;
        if (Boolean.TRUE.equals(citedOnlyImrt) && !holdsUnderSome) {
            if (blocks) {
                m.append(" Because it holds only under a constraint ").append(stricter ? "stricter" : "looser")
                        .append(" than the cited source publishes, this row no longer supports approval; the physician reviewer decides.");
            } else {
                m.append(" \"Only IMRT meets it\" does not hold under the published value; not enforced because ")
                        .append(fx == null ? "the prescription is not known (enter it to complete the check)"
                                : fx.regime() == Regime.HYPOFRACTIONATED
                                ? "the library's values are for conventional fractionation and this course is hypofractionated"
                                : "the published value is only from a secondary source")
                        .append("; the physician reviewer may verify.");
            }
        } else if (Boolean.TRUE.equals(citedOnlyImrt) && !Boolean.TRUE.equals(underNearest)) {
            m.append(" It still holds under another published value of the cited source.");
        }
        m.append(eqd2Note(row, ref, citedValue));
        String plain = blocks ? plainSentence(stricter, ref.metric().label() + " " + ref.operator().symbol() + " " + show(nearest.value(), unit),
                ref.sourceLabel(), d3, dI, ref.operator(), nearest.value()) : null;
        return new PublishedComparison(outcome, ref, entries(sameRegime), List.of(), underNearest, blocks, m.toString(), plain);
    }

    private PublishedComparison mismatch(CitedConstraint row, String why, List<PublishedConstraint> compared) {
        Constraint cited = row.constraint();
        Double d3 = row.dose3d();
        Double dI = row.doseImrt();
        boolean citedOnlyImrt = d3 != null && dI != null && !cited.isMetBy(d3) && cited.isMetBy(dI);
        boolean enforceable = compared.isEmpty() || compared.stream().anyMatch(e -> !e.secondary());
        boolean blocks = citedOnlyImrt && enforceable;
        StringBuilder m = new StringBuilder("The cited constraint belongs to another fractionation regime: ").append(why);
        if (!compared.isEmpty()) {
            m.append(eqd2Note(row, compared.get(0), inCommonUnit(cited.limit())));
        }
        if (blocks) {
            m.append(" A constraint for another regime cannot show that only IMRT meets the published constraints for this course,"
                    + " so this row no longer supports approval; the physician reviewer decides.");
        }
        String plain = blocks ? "the limit used is meant for a different treatment schedule (number and size of treatments)"
                + " than the one planned, so it cannot show that only IMRT protects this organ." : null;
        return new PublishedComparison(Outcome.FRACTIONATION_MISMATCH, compared.isEmpty() ? null : compared.get(0), compared,
                List.of(), null, blocks, m.toString(), plain);
    }

    private PublishedComparison noMatch(CitedConstraint row, double citedValue, String why) {
        List<PublishedConstraint> closest = closest(row, citedValue);
        String list = closest.isEmpty() ? " The library has no published constraint for this organ."
                : " Closest published constraints: " + closest.stream()
                        .map(e -> e.sourceLabel() + " " + e.constraintText() + " (" + e.regimeText() + ")")
                        .collect(Collectors.joining("; ")) + ".";
        return new PublishedComparison(Outcome.NO_PUBLISHED_MATCH, null, List.of(), closest, null, false, why + list);
    }

    // ---- helpers --------------------------------------------------------------------------

    /**
     * " QUANTEC publishes exactly this limit (V65Gy < 50%) for bladder, not for this organ: is it the constraint of
     * another organ?" when the cited sources publish the cited metric, comparison and value for other organs only
     * (decision 0545: a lung table's "V70 < 20%" is the rectum's); empty otherwise.
     */
    private String ofOtherOrgans(CitedConstraint row, List<SourceScope> scopes, double citedValue) {
        Constraint cited = row.constraint();
        Double rx = row.fractionation() == null ? null : row.fractionation().totalDoseGy();
        Set<String> organs = new java.util.TreeSet<>();
        for (PublishedConstraint e : library.get().entries()) {
            if (scopes.stream().noneMatch(sc -> sc.includes(e)) || e.operator().isUpperLimit() != cited.operator().isUpperLimit()
                    || MetricRelation.between(cited.metric(), cited.limit().unit(), e) != MetricRelation.EXACT) {
                continue;
            }
            Quantity limit = e.absoluteLimit(rx);
            if (limit != null && same(inCommonUnit(limit), citedValue) && e.organ() != null) {
                organs.add(e.organ().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (organs.isEmpty()) {
            return "";
        }
        return " It publishes exactly this limit (" + cited.canonical() + ") for " + String.join(", ", organs)
                + ", not for this organ: is it the constraint of another organ? Ask the provider for the constraint"
                + " that applies to this organ.";
    }

    /** A row's cited limit that its source publishes for other organs only (decision 0545): the limit and those organs. */
    public record LimitOfOtherOrgans(String limit, List<String> organs) { }

    private static final java.util.regex.Pattern OTHER_ORGANS = java.util.regex.Pattern.compile(
            "It publishes exactly this limit \\((.+?)\\) for (.+?), not for this organ: is it the constraint of another organ\\?");

    /**
     * The limit and organs of {@link #ofOtherOrgans}'s sentence in a {@code NO_PUBLISHED_MATCH} message, for the request
     * for information to ask which constraint applies to the row's organ (decision 0574); empty when the message has none.
     */
    public static java.util.Optional<LimitOfOtherOrgans> limitOfOtherOrgans(String message) {
        java.util.regex.Matcher m = message == null ? null : OTHER_ORGANS.matcher(message);
        if (m == null || !m.find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new LimitOfOtherOrgans(m.group(1), List.of(m.group(2).split(", "))));
    }

    /** Closest published constraints for the organ: same regime, same metric, cited source, nearest value first. */
    List<PublishedConstraint> closest(CitedConstraint row, double citedValue) {
        Constraint cited = row.constraint();
        Set<SourceGroup> groups = row.sources().stream().map(CanonicalSource::group).collect(Collectors.toSet());
        Comparator<PublishedConstraint> order = Comparator
                .comparingInt((PublishedConstraint e) -> row.fractionation() == null || fits(e, row.fractionation()) ? 0 : 1)
                .thenComparingInt(e -> MetricRelation.between(cited.metric(), cited.limit().unit(), e).ordinal())
                .thenComparingInt(e -> e.metric().kind() == cited.metric().kind() ? 0 : 1)
                .thenComparingInt(e -> groups.stream().anyMatch(e::publishedBy) ? 0 : 1)
                .thenComparingInt(e -> e.secondary() ? 1 : 0)
                .thenComparingDouble(e -> e.relativeToPrescription() || displayUnit(e.limit().unit()) != displayUnit(cited.limit().unit())
                        ? Double.MAX_VALUE : Math.abs(inCommonUnit(e.limit()) - citedValue));
        return library.get().forStructures(row.structures()).stream().sorted(order).limit(CLOSEST).toList();
    }

    private static List<Candidate> preferExact(List<Candidate> candidates) {
        List<Candidate> exact = candidates.stream().filter(c -> c.relation() == MetricRelation.EXACT).toList();
        return exact.isEmpty() ? candidates : exact;
    }

    private static boolean fits(PublishedConstraint e, Fractionation fx) {
        if (fx == null) {
            return true;
        }
        return switch (fx.regime()) {
            case CONVENTIONAL, HYPOFRACTIONATED -> e.regime() == Regime.CONVENTIONAL;
            case SBRT_SRS -> e.regime() == Regime.SBRT_SRS && e.fractions() != null && e.fractions() == fx.fractions();
        };
    }

    /** The library's regimes are conventional and SBRT/SRS; hypofractionated courses are compared with conventional values. */
    private static Regime regimeClass(Regime regime) {
        return regime == Regime.SBRT_SRS ? Regime.SBRT_SRS : Regime.CONVENTIONAL;
    }

    private static Boolean onlyImrt(Operator op, double limit, Double d3, Double dI) {
        return d3 == null || dI == null ? null : !op.test(d3, limit) && op.test(dI, limit);
    }

    private static String verdictSentence(Boolean onlyImrt, Double d3, Double dI, Operator op, double limit, Unit unit) {
        if (onlyImrt == null) {
            return "The 3D and IMRT values are not both known, so the row could not be re-evaluated under the published value.";
        }
        boolean meets3d = op.test(d3, limit);
        boolean meetsImrt = op.test(dI, limit);
        String plans = "3D " + show(d3, unit) + (meets3d ? " meets" : " does not meet") + " it and IMRT " + show(dI, unit)
                + (meetsImrt ? " meets" : " does not meet") + " it";
        return "Under the published value, " + plans + (onlyImrt ? ": only IMRT meets it." : ": \"only IMRT meets it\" does not hold.");
    }

    /**
     * The blocking finding in words a member can follow: the two limits and what the plans do under
     * the published one, without citations (the provider's copy carries those).
     */
    static String plainSentence(boolean stricter, String publishedLimit, String source,
                                Double d3, Double dI, Operator op, double limit) {
        StringBuilder sb = new StringBuilder("this limit is ")
                .append(stricter ? "stricter" : "less strict").append(" than the published limit for this organ (")
                .append(publishedLimit).append(", from ").append(source).append(").");
        if (d3 != null && dI != null) {
            boolean meets3d = op.test(d3, limit);
            boolean meetsImrt = op.test(dI, limit);
            sb.append(meets3d && meetsImrt ? " Under the published limit, both plans meet it."
                    : !meets3d && !meetsImrt ? " Under the published limit, neither plan meets it."
                    : meets3d ? " Under the published limit, only the 3D plan meets it."
                    : " Under the published limit, only the IMRT plan meets it.");
        }
        return sb.toString();
    }

    private static String nearMaxNote(PublishedConstraint e) {
        return "(Compared as a maximum: " + e.sourceLabel() + " states this organ's limit as "
                + e.metric().label() + "; a point dose of ≤0.035 cc is the usual working definition of the maximum.)";
    }

    /** EQD2 aid for dose limits when the course's fractionation is known. */
    private static String eqd2Note(CitedConstraint row, PublishedConstraint ref, double citedValue) {
        Fractionation fx = row.fractionation();
        if (fx == null || ref == null || !ref.metric().kind().yieldsDose() || ref.relativeToPrescription()) {
            return "";
        }
        String structure = ref.tg263().get(0);
        double ab = AlphaBeta.late(structure);
        String basis = AlphaBeta.basis(structure);
        if (ref.regime() == Regime.SBRT_SRS && ref.fractions() != null) {
            double eqd2 = Eqd2.eqd2(inCommonUnit(ref.limit()), ref.fractions(), ab);
            double here = Eqd2.physicalDoseForEqd2(eqd2, fx.fractions(), ab);
            return " EQD2: " + ref.sourceLabel() + "'s " + Eqd2.gy(inCommonUnit(ref.limit())) + " Gy in " + ref.regimeText()
                    + " is about " + Eqd2.gy(eqd2) + " Gy in 2-Gy fractions (" + basis + "), i.e. about " + Eqd2.gy(here)
                    + " Gy in this course's " + fx.fractions() + " fractions.";
        }
        if (fx.regime() != Regime.CONVENTIONAL) {
            double here = Eqd2.physicalDoseForEqd2(citedValue, fx.fractions(), ab);
            return " EQD2: a conventional " + Eqd2.gy(citedValue) + " Gy limit corresponds to about " + Eqd2.gy(here)
                    + " Gy in this course's " + fx.fractions() + (fx.fractions() == 1 ? " fraction" : " fractions") + " (" + basis + ").";
        }
        return "";
    }

    private static String describe(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.entry().constraintText() + " (" + c.entry().regimeText() + ")")
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().collect(Collectors.joining(", "));
    }

    private static List<PublishedConstraint> entries(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::entry).toList();
    }

    private static String regimeWords(Set<Regime> regimes) {
        return regimes.stream().map(PublishedConstraintCheck::regimeClassWords).distinct().collect(Collectors.joining(" and "));
    }

    private static String regimeClassWords(Regime regime) {
        return regime == Regime.SBRT_SRS ? "SBRT/SRS courses of 1-5 fractions" : "conventional fractionation";
    }

    private static String joinCounts(Set<Integer> counts) {
        return counts.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " fractions";
    }

    static boolean same(double a, double b) {
        return Math.abs(a - b) <= SAME_VALUE + 1e-9;
    }

    /** Doses in Gy; volumes unchanged. */
    static double inCommonUnit(Quantity q) {
        return q.inGy().value();
    }

    private static Unit displayUnit(Unit unit) {
        return unit == Unit.CGY ? Unit.GY : unit;
    }

    private static String show(double value, Unit unit) {
        return new Quantity(value, unit).toString();
    }
}
