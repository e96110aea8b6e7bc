package org.imrtreview.letter.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.imrtreview.model.Request.LineOfBusiness;

/**
 * The plan's own facts for its letters, read from {@code assets/letters/settings.properties}: name,
 * letterhead, phone numbers, where records and appeals go, the policy, the peer-to-peer line and
 * the time limits per line of business. Every key is checked at load: a missing or misspelt key
 * or a non-number where a number belongs fails loudly, naming the key.
 */
public record LetterSettings(String planName, List<String> letterheadLines, String logoFile,
                             String phone, String tty, String fax, String hours, String portal,
                             String recordsAddress, String recordsFax, String appealsAddress, String appealsFax,
                             String appealsPhone, String policyName, String policyEffective,
                             String peerToPeerPhone, Reviewer defaultReviewer,
                             int approvalValidityDays, int requestInfoExpeditedHours,
                             Map<LineOfBusiness, Integer> requestInfoStandardDays,
                             Map<LineOfBusiness, Integer> appealDays, int appealExpeditedHours, int appealStandardDays,
                             int externalReviewDays, int medicaidHearingDays,
                             String regulatorName, String regulatorPhone, String civilRightsPhone, String civilRightsEmail) {

    private static final List<String> REQUIRED = List.of(
            "plan.name", "letterhead.lines", "plan.phone", "plan.tty", "plan.fax", "plan.hours", "plan.portal",
            "records.address", "records.fax", "appeals.address", "appeals.fax", "appeals.phone",
            "policy.name", "policy.effective", "physician.phone",
            "approval.validityDays", "requestInfo.expeditedHours",
            "requestInfo.standardDays.COMMERCIAL", "requestInfo.standardDays.MEDICARE_ADVANTAGE",
            "requestInfo.standardDays.MEDICAID", "appeal.days.COMMERCIAL", "appeal.days.MEDICARE_ADVANTAGE",
            "appeal.days.MEDICAID", "appeal.expeditedHours", "appeal.standardDays", "externalReview.days",
            "medicaid.hearingDays", "regulator.name", "regulator.phone", "civilRights.phone", "civilRights.email");
    /**
     * {@code physician.name} and {@code physician.credentials} are read no more: a denial names the physician
     * who upheld it, never one from the settings (decision 0220); older settings files that still set
     * them load.
     */
    private static final List<String> OPTIONAL = List.of("letterhead.logo", "reviewer.name", "reviewer.credentials",
            "reviewer.phone", "physician.name", "physician.credentials");

    public LetterSettings {
        letterheadLines = List.copyOf(letterheadLines);
        requestInfoStandardDays = Map.copyOf(requestInfoStandardDays);
        appealDays = Map.copyOf(appealDays);
    }

    /**
     * Reads and checks the settings.
     *
     * @param file the file name used in error messages
     */
    public static LetterSettings from(Properties p, String file) {
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(REQUIRED);
        unknown.removeAll(OPTIONAL);
        if (!unknown.isEmpty()) {
            throw new LetterAssetsException(file + ": unknown setting(s) " + unknown + " (check the spelling; known: "
                    + REQUIRED + " and optional " + OPTIONAL + ")");
        }
        List<String> missing = new ArrayList<>();
        for (String key : REQUIRED) {
            if (p.getProperty(key, "").isBlank()) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new LetterAssetsException(file + ": missing setting(s) " + missing);
        }
        Reader r = new Reader(p, file);
        return new LetterSettings(r.text("plan.name"), r.lines("letterhead.lines"), r.optional("letterhead.logo"),
                r.text("plan.phone"), r.text("plan.tty"), r.text("plan.fax"), r.text("plan.hours"), r.text("plan.portal"),
                r.text("records.address"), r.text("records.fax"), r.text("appeals.address"), r.text("appeals.fax"),
                r.text("appeals.phone"), r.text("policy.name"), r.text("policy.effective"),
                r.text("physician.phone"),
                new Reviewer(r.optional("reviewer.name"), r.optional("reviewer.credentials"), r.optional("reviewer.phone")),
                r.number("approval.validityDays"), r.number("requestInfo.expeditedHours"),
                r.perLine("requestInfo.standardDays."), r.perLine("appeal.days."), r.number("appeal.expeditedHours"),
                r.number("appeal.standardDays"), r.number("externalReview.days"), r.number("medicaid.hearingDays"),
                r.text("regulator.name"), r.text("regulator.phone"), r.text("civilRights.phone"), r.text("civilRights.email"));
    }

    private record Reader(Properties p, String file) {
        String text(String key) {
            return p.getProperty(key).strip();
        }

        String optional(String key) {
            String v = p.getProperty(key);
            return v == null || v.isBlank() ? null : v.strip();
        }

        List<String> lines(String key) {
            return Arrays.stream(text(key).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        int number(String key) {
            try {
                int n = Integer.parseInt(text(key));
                if (n <= 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new LetterAssetsException(file + ": setting " + key + " must be a positive whole number, not '"
                        + text(key) + "'");
            }
        }

        Map<LineOfBusiness, Integer> perLine(String prefix) {
            Map<LineOfBusiness, Integer> out = new EnumMap<>(LineOfBusiness.class);
            for (LineOfBusiness line : LineOfBusiness.values()) {
                out.put(line, number(prefix + line.name()));
            }
            return out;
        }
    }
}
