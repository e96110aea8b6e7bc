package org.imrtreview.letter.content;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The vocabulary templates may use: {@code {{field}}} placeholders (and the letter kinds that
 * provide each), {@code {{#if condition}}} names and {@code {{> block}}} inserts. A template is
 * checked against this list when it is loaded.
 */
public final class LetterFields {

    private static final Set<LetterKind> ALL = EnumSet.allOf(LetterKind.class);
    private static final Map<String, Set<LetterKind>> FIELDS = new LinkedHashMap<>();

    static {
        for (String f : new String[] {
            "letter.date", "plan.name", "plan.phone", "plan.tty", "plan.fax", "plan.hours", "plan.portal",
            "member.name", "member.id", "member.planName", "request.id", "request.received", "request.urgency",
            "request.site", "request.services", "request.codes", "provider.name", "provider.facility", "treating.name",
            "reviewer.name", "reviewer.credentials", "reviewer.signature", "reviewer.phone",
            "policy.name", "policy.effective", "policy.criterion",
            "records.address", "records.fax", "records.portal", "regulator.name", "regulator.phone",
            "civilRights.phone", "civilRights.email"}) {
            FIELDS.put(f, ALL);
        }
        for (String f : new String[] {"auth.number", "auth.from", "auth.to", "auth.days"}) {
            FIELDS.put(f, EnumSet.of(LetterKind.APPROVAL));
        }
        for (String f : new String[] {"info.dueDate", "info.window", "info.decisionWindow"}) {
            FIELDS.put(f, EnumSet.of(LetterKind.REQUEST_INFO));
        }
        for (String f : new String[] {"physician.name", "physician.credentials", "physician.signature",
            "physician.phone", "appeal.days", "appeal.expeditedHours", "appeal.standardDays",
            "externalReview.days", "hearing.days", "appeals.address", "appeals.fax", "appeals.phone",
            "partial.number", "partial.from", "partial.to"}) {
            FIELDS.put(f, EnumSet.of(LetterKind.DENIAL_DRAFT));
        }
    }

    /** Conditions for {@code {{#if name}}} / {@code {{#unless name}}}. */
    public static final Set<String> CONDITIONS = Collections.unmodifiableSet(new TreeSet<>(Set.of(
            "expedited", "commercial", "medicareAdvantage", "medicaid", "hasTreatingProvider",
            "recommendationOverridden", "hasFacility", "signed", "partial", "imrtOnlyRows")));

    /** Structured inserts for {@code {{> name}}}, each generated from the case or the settings. */
    public static final Set<String> BLOCKS = Collections.unmodifiableSet(new TreeSet<>(Set.of(
            "services", "missingItems", "rowFindings", "clinicalTable", "reviewFindings", "taglines",
            "appealRights", "nondiscrimination", "signature", "approvedServices")));

    private LetterFields() {
    }

    public static boolean known(String field) {
        return FIELDS.containsKey(field);
    }

    public static boolean availableFor(String field, LetterKind kind) {
        Set<LetterKind> kinds = FIELDS.get(field);
        return kinds != null && kinds.contains(kind);
    }

    /** Every field name, in a stable order (for error messages and the assets README). */
    public static Set<String> names() {
        return Collections.unmodifiableSet(FIELDS.keySet());
    }

    public static Set<String> namesFor(LetterKind kind) {
        Set<String> out = new TreeSet<>();
        FIELDS.forEach((k, v) -> {
            if (v.contains(kind)) {
                out.add(k);
            }
        });
        return out;
    }
}
