package org.imrtreview.letter.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Request;
import org.imrtreview.model.Request.LineOfBusiness;
import org.imrtreview.model.Request.Urgency;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.RowResult;

/**
 * The facts of one letter — field values, conditions and structured inserts — computed once from
 * the case, the evaluation, the decision and the settings; the template asks for them by name.
 * Optional facts fall back to wording that is still true ("the requesting provider"), never blank.
 */
final class LetterFacts implements LetterTemplate.Context {

    private final ReviewCase reviewCase;
    private final Evaluation evaluation;
    private final LetterKind kind;
    private final LetterSettings settings;
    private final LineOfBusiness line;
    private final LetterAssets assets;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Boolean> conditions = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<Block.Field> reference = new ArrayList<>();
    private final List<Addressee> addressees = new ArrayList<>();
    private final Reviewer reviewer;
    /** The physician who upheld the denial, or null for a draft (which names none). */
    private final Reviewer physician;
    private final LetterSigning signing;
    /** Each requested service's decision when the request is decided line by line (decision 0268), else empty. */
    private final List<ServiceLine> serviceLines;

    LetterFacts(ReviewCase reviewCase, Evaluation evaluation, LetterKind kind, Reviewer reviewer, Reviewer physician,
                LetterSigning signing, LetterSettings settings, LineOfBusiness line, Urgency urgency, LocalDate date,
                LetterAssets assets, List<ServiceLine> serviceLines) {
        this.serviceLines = List.copyOf(serviceLines);
        this.reviewCase = reviewCase;
        this.evaluation = evaluation;
        this.kind = kind;
        this.settings = settings;
        this.line = line;
        this.assets = assets;
        this.reviewer = reviewer;
        this.physician = physician;
        this.signing = signing;
        Request r = reviewCase.request();
        Request.Provider requesting = r.requestingProvider();
        Request.Provider treating = r.treatingProvider();
        boolean separateTreating = treating != null && !LetterComposer.blank(treating.name())
                && !treating.name().strip().equalsIgnoreCase(requesting.name().strip());
        LocalDate received = r.receivedAt() == null ? null : r.receivedAt().toLocalDate();
        List<String> codes = r.requestedCodes().stream().filter(c -> !LetterComposer.blank(c)).map(ServiceCodes::normalise)
                .distinct().toList();
        String site = LetterComposer.blank(r.treatmentSite()) ? null : r.treatmentSite().strip();

        put("letter.date", LetterComposer.date(date));
        put("plan.name", settings.planName());
        put("plan.phone", settings.phone());
        put("plan.tty", settings.tty());
        put("plan.fax", settings.fax());
        put("plan.hours", settings.hours());
        put("plan.portal", settings.portal());
        put("member.name", PersonName.asWritten(r.member().name()));
        put("member.id", r.member().id().strip());
        put("member.planName", r.plan() != null && !LetterComposer.blank(r.plan().name()) ? r.plan().name().strip()
                : settings.planName());
        put("request.id", r.requestId().strip());
        put("request.received", received == null ? "the date we received it" : LetterComposer.date(received));
        put("request.urgency", urgency == Urgency.EXPEDITED ? "expedited (fast)" : "standard");
        put("request.site", site == null ? "the area your doctor plans to treat" : inSentence(site));
        put("request.services", "IMRT (intensity-modulated radiation therapy)" + (site == null ? "" : " to the "
                + inSentence(site)));
        put("request.codes", joinAnd(codes));
        put("provider.name", requesting.name().strip());
        put("provider.facility", LetterComposer.blank(requesting.facility()) ? requesting.name().strip()
                : requesting.facility().strip());
        put("treating.name", separateTreating ? treating.name().strip() : requesting.name().strip());
        put("reviewer.name", reviewer.name());
        put("reviewer.credentials", reviewer.credentials());
        put("reviewer.signature", reviewer.signature());
        put("reviewer.phone", reviewer.phone() == null ? settings.phone() : reviewer.phone());
        put("policy.name", settings.policyName());
        put("policy.effective", settings.policyEffective());
        put("policy.criterion", kind == LetterKind.DENIAL_DRAFT ? "II" : "I");
        put("records.address", settings.recordsAddress());
        put("records.fax", settings.recordsFax());
        put("records.portal", settings.portal());
        put("regulator.name", settings.regulatorName());
        put("regulator.phone", settings.regulatorPhone());
        put("civilRights.phone", settings.civilRightsPhone());
        put("civilRights.email", settings.civilRightsEmail());

        conditions.put("expedited", urgency == Urgency.EXPEDITED);
        conditions.put("commercial", line == LineOfBusiness.COMMERCIAL);
        conditions.put("medicareAdvantage", line == LineOfBusiness.MEDICARE_ADVANTAGE);
        conditions.put("medicaid", line == LineOfBusiness.MEDICAID);
        conditions.put("hasTreatingProvider", separateTreating);
        conditions.put("hasFacility", !LetterComposer.blank(requesting.facility()));
        conditions.put("recommendationOverridden", LetterKind.recommendedFor(evaluation.determination()) != kind);
        conditions.put("signed", physician != null);
        // a row where only the IMRT plan meets a limit that counts: a denial may not say "for none of these organs"
        // (decision 0602)
        conditions.put("imrtOnlyRows", evaluation.rows().stream().anyMatch(RowResult::supports));
        boolean partial = kind == LetterKind.DENIAL_DRAFT && !serviceLines.isEmpty();
        conditions.put("partial", partial);

        String decisionWord = switch (kind) {
            case APPROVAL -> "Approved";
            case REQUEST_INFO -> "Pending — more information needed";
            case DENIAL_DRAFT -> partial ? "Approved in part (see the service lines below)"
                    : physician != null ? "Not approved" : "Not approved (draft for physician review)";
        };
        if (partial) {
            LocalDate from = r.plannedStart() != null && r.plannedStart().isAfter(date) ? r.plannedStart() : date;
            put("partial.number", AuthorizationNumber.forRequest(r.requestId()));
            put("partial.from", LetterComposer.date(from));
            put("partial.to", LetterComposer.date(from.plusDays(settings.approvalValidityDays() - 1L)));
        }
        if (kind == LetterKind.APPROVAL) {
            LocalDate from = r.plannedStart() != null && r.plannedStart().isAfter(date) ? r.plannedStart() : date;
            LocalDate to = from.plusDays(settings.approvalValidityDays() - 1L);
            put("auth.number", AuthorizationNumber.forRequest(r.requestId()));
            put("auth.from", LetterComposer.date(from));
            put("auth.to", LetterComposer.date(to));
            put("auth.days", Integer.toString(settings.approvalValidityDays()));
        }
        if (kind == LetterKind.REQUEST_INFO) {
            ResponseDeadline d = ResponseDeadline.of(settings, line, urgency, date, received, LetterComposer::date);
            put("info.dueDate", LetterComposer.date(d.dueDate()));
            put("info.window", d.window());
            put("info.decisionWindow", d.decisionWindow());
        }
        if (kind == LetterKind.DENIAL_DRAFT) {
            if (physician != null) {
                put("physician.name", physician.name());
                put("physician.credentials", physician.credentials());
                put("physician.signature", physician.signature());
                put("physician.phone", physician.phone() == null ? settings.peerToPeerPhone() : physician.phone());
            } else {
                // a draft names no physician: none has reviewed it yet (decision 0220)
                put("physician.name", "our physician reviewer");
                put("physician.credentials", "[credentials of the physician who signs]");
                put("physician.signature", "[the physician reviewer who signs this decision]");
                put("physician.phone", settings.peerToPeerPhone());
            }
            put("appeal.days", Integer.toString(settings.appealDays().get(line)));
            put("appeal.expeditedHours", Integer.toString(settings.appealExpeditedHours()));
            put("appeal.standardDays", Integer.toString(settings.appealStandardDays()));
            put("externalReview.days", Integer.toString(settings.externalReviewDays()));
            put("hearing.days", Integer.toString(settings.medicaidHearingDays()));
            put("appeals.address", settings.appealsAddress());
            put("appeals.fax", settings.appealsFax());
            put("appeals.phone", settings.appealsPhone());
        }

        List<String> memberLines = new ArrayList<>();
        memberLines.add(PersonName.asWritten(r.member().name()));
        if (r.member().address() == null || r.member().address().stream().allMatch(LetterComposer::blank)) {
            warnings.add("The member's mailing address is missing; add it before mailing the member's copy.");
        } else {
            r.member().address().stream().filter(a -> !LetterComposer.blank(a)).map(String::strip).forEach(memberLines::add);
        }
        addressees.add(new Addressee("Member", memberLines));
        addressees.add(new Addressee("Requesting provider", providerLines(requesting, "requesting provider")));
        if (separateTreating) {
            addressees.add(new Addressee("Treating provider", providerLines(treating, "treating provider")));
        }

        reference.add(new Block.Field("Member", values.get("member.name")));
        reference.add(new Block.Field("Member ID", values.get("member.id")));
        if (r.member().dateOfBirth() != null) {
            reference.add(new Block.Field("Date of birth", LetterComposer.date(r.member().dateOfBirth())));
        }
        // the member's plan named under another organisation's letterhead read as a letter from the wrong plan:
        // each is said for what it is (decision 0476)
        if (samePlan(values.get("member.planName"), settings.planName())) {
            reference.add(new Block.Field("Health plan", values.get("member.planName")));
        } else {
            reference.add(new Block.Field("Member's health plan", values.get("member.planName")));
            reference.add(new Block.Field("Reviewed by", settings.planName() + " (\u201cwe\u201d in this letter)"));
        }
        reference.add(new Block.Field("Request ID", values.get("request.id")));
        reference.add(new Block.Field("Date received", values.get("request.received")));
        reference.add(new Block.Field("Review type", urgency == Urgency.EXPEDITED ? "Expedited (fast)" : "Standard"));
        reference.add(new Block.Field("Requesting provider", values.get("provider.name")
                + (LetterComposer.blank(requesting.facility()) ? "" : ", " + requesting.facility().strip())));
        if (separateTreating) {
            reference.add(new Block.Field("Treating provider", values.get("treating.name")));
        }
        if (r.diagnosis() != null && !r.diagnosis().isEmpty()) {
            List<String> dx = new ArrayList<>();
            for (Request.Diagnosis d : r.diagnosis()) {
                String text = (LetterComposer.blank(d.code()) ? "" : d.code().strip())
                        + (LetterComposer.blank(d.description()) ? "" : (LetterComposer.blank(d.code()) ? "" : " ")
                        + d.description().strip());
                if (!text.isBlank()) {
                    dx.add(text);
                }
            }
            if (!dx.isEmpty()) {
                reference.add(new Block.Field("Diagnosis", String.join("; ", dx)));
            }
        }
        reference.add(new Block.Field("Service", values.get("request.services")));
        reference.add(new Block.Field("Codes", values.get("request.codes")));
        reference.add(new Block.Field("Decision", decisionWord));
        if (kind == LetterKind.APPROVAL) {
            reference.add(new Block.Field("Authorization number", values.get("auth.number")));
            reference.add(new Block.Field("Valid", values.get("auth.from") + " through " + values.get("auth.to")));
        }
        if (partial) {
            reference.add(new Block.Field("Authorization number", values.get("partial.number") + " (approved lines only)"));
            reference.add(new Block.Field("Valid", values.get("partial.from") + " through " + values.get("partial.to")));
        }
        if (kind == LetterKind.REQUEST_INFO) {
            reference.add(new Block.Field("Please send by", values.get("info.dueDate")));
        }

        for (String c : codes) {
            if (!ServiceCodes.known(c)) {
                warnings.add("Code " + c + " is not one of the IMRT policy's codes; check the request.");
            }
        }
        if (conditions.get("recommendationOverridden")) {
            warnings.add("This letter (" + kind.cliWord() + ") differs from the evaluation's recommendation ("
                    + evaluation.determination().title() + "); record the reason for the override.");
        }
    }

    /** Whether the member's plan is the letterhead's own (the same name, case and spacing aside). */
    static boolean samePlan(String memberPlan, String letterhead) {
        return memberPlan != null && letterhead != null
                && memberPlan.strip().replaceAll("\\s+", " ").equalsIgnoreCase(letterhead.strip().replaceAll("\\s+", " "));
    }

    private static List<String> providerLines(Request.Provider p, String role) {
        List<String> lines = new ArrayList<>();
        lines.add(p.name().strip());
        if (!LetterComposer.blank(p.facility())) {
            lines.add(p.facility().strip());
        }
        if (p.address() != null) {
            p.address().stream().filter(a -> !LetterComposer.blank(a)).map(String::strip).forEach(lines::add);
        }
        if (!LetterComposer.blank(p.fax())) {
            lines.add("Fax " + p.fax().strip());
        }
        return lines;
    }

    /** "Spine (T10-T12)" → "spine (T10-T12)", "Brain" → "brain"; "CNS" stays "CNS". */
    static String inSentence(String site) {
        if (site.length() > 1 && Character.isUpperCase(site.charAt(0)) && Character.isLowerCase(site.charAt(1))) {
            return Character.toLowerCase(site.charAt(0)) + site.substring(1);
        }
        return site;
    }

    private void put(String field, String value) {
        values.put(field, value);
    }

    private static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    List<String> warnings() {
        return warnings;
    }

    List<Block.Field> reference() {
        return reference;
    }

    List<Addressee> addressees() {
        return addressees;
    }

    @Override
    public String value(String field) {
        String v = values.get(field);
        if (v == null || v.isBlank()) {
            // The template was validated for this kind, so this is a bug in this class, not in the template.
            throw new IllegalStateException("no value for {{" + field + "}} in the " + kind + " letter");
        }
        return v;
    }

    @Override
    public boolean condition(String name) {
        return conditions.getOrDefault(name, false);
    }

    @Override
    public List<Block> insert(String block, Audience audience) {
        List<Block> out = new ArrayList<>();
        switch (block) {
            case "services" -> {
                if (condition("partial")) {
                    // a decision by service line: "what we did not approve" lists the lines (or units) not approved
                    List<List<String>> rows = new ArrayList<>();
                    for (ServiceLine l : serviceLines) {
                        if (!l.approved() || l.reduced()) {
                            String code = ServiceCodes.normalise(l.code());
                            rows.add(List.of(ServiceCodes.system(code) + " " + code, ServiceCodes.plainMeaning(code),
                                    l.reduced() ? (l.requestedUnits() - l.approvedUnits()) + " of the " + l.requestedUnits()
                                            + " units asked for" : "All"));
                        }
                    }
                    out.add(new Block.Table(List.of("Code", "What it means", "Not approved"), rows, List.of(1.0, 4.0, 1.4), audience));
                    break;
                }
                List<List<String>> rows = new ArrayList<>();
                for (String c : reviewCase.request().requestedCodes()) {
                    if (!LetterComposer.blank(c)) {
                        String code = ServiceCodes.normalise(c);
                        if (rows.stream().noneMatch(row -> row.get(0).endsWith(code))) {
                            rows.add(List.of(ServiceCodes.system(code) + " " + code, ServiceCodes.plainMeaning(code)));
                        }
                    }
                }
                out.add(new Block.Table(List.of("Code", "What it means"), rows, List.of(1.0, 4.0), audience));
            }
            case "approvedServices" -> {
                List<List<String>> rows = new ArrayList<>();
                for (ServiceLine l : serviceLines) {
                    if (l.approved()) {
                        String code = ServiceCodes.normalise(l.code());
                        rows.add(List.of(ServiceCodes.system(code) + " " + code, ServiceCodes.plainMeaning(code),
                                l.reduced() ? l.approvedUnits() + " of the " + l.requestedUnits() + " units asked for" : "All"));
                    }
                }
                out.add(new Block.Table(List.of("Code", "What it means", "Approved"), rows, List.of(1.0, 4.0, 1.4), audience));
            }
            case "missingItems" -> {
                List<String> items = MissingItems.describe(evaluation.missing(), evaluation.rows(), evaluation.checklist());
                if (!items.isEmpty()) {
                    out.add(new Block.Bullets(items, audience));
                }
            }
            case "rowFindings" -> {
                List<String> sentences = RowFindings.memberSentences(evaluation.rows());
                if (sentences.isEmpty()) {
                    out.add(new Block.Paragraph("The request did not include a table of organ dose limits we could check.",
                            audience, false));
                } else {
                    out.add(new Block.Bullets(sentences, audience));
                }
            }
            case "clinicalTable" -> {
                if (evaluation.rows().isEmpty()) {
                    out.add(new Block.Paragraph("No summary analysis table was found in the submission.", Audience.PROVIDER, false));
                } else {
                    out.add(new Block.Table(RowFindings.CLINICAL_HEADERS, RowFindings.clinicalRows(evaluation.rows()),
                            RowFindings.CLINICAL_WIDTHS, Audience.PROVIDER));
                    List<String> flags = RowFindings.flagLines(evaluation.rows());
                    if (!flags.isEmpty()) {
                        out.add(new Block.Paragraph("Review notes on the table rows:", Audience.PROVIDER, false));
                        out.add(new Block.Bullets(flags, Audience.PROVIDER));
                    }
                }
            }
            case "reviewFindings" -> {
                List<String> reasons = providerFindings(evaluation.reasons());
                if (!reasons.isEmpty()) {
                    out.add(new Block.Bullets(reasons, Audience.PROVIDER));
                }
                if (signing != null && signing.rationale() != null) {
                    out.add(new Block.Paragraph("Physician reviewer's rationale (" + physician.signature() + "): "
                            + signing.rationale(), Audience.PROVIDER, false));
                }
            }
            case "taglines" -> {
                List<Block.Tagline> filled = new ArrayList<>();
                for (Block.Tagline t : assets.taglines()) {
                    filled.add(new Block.Tagline(t.language(), LetterTemplate.fill(t.text(), this)));
                }
                out.add(new Block.Taglines(filled, Audience.NOTICE));
            }
            case "appealRights" -> out.addAll(assets.appealRights(line).render(this, audience));
            case "nondiscrimination" -> out.addAll(assets.nondiscrimination(kind).render(this, audience));
            case "signature" -> out.add(signature());
            default -> throw new IllegalStateException("block " + block + " passed validation but has no generator");
        }
        return out;
    }

    /**
     * The review's findings for the provider's clinical section: the row and missing-item sentences, without
     * the recommendation sentence, which speaks to the nurse ("refer to a physician reviewer", "may be
     * approved") and may differ from the decision this letter carries.
     */
    static List<String> providerFindings(List<String> reasons) {
        List<String> out = new ArrayList<>();
        for (String s : reasons) {
            if (LetterComposer.blank(s) || s.startsWith("Criteria met") || s.startsWith("Criteria not met")
                    || s.startsWith("Incomplete:")) {
                continue;
            }
            out.add(s);
        }
        return out;
    }

    private Block signature() {
        List<Block.Field> fields = new ArrayList<>();
        if (kind == LetterKind.DENIAL_DRAFT && physician != null) {
            fields.add(new Block.Field("Physician reviewer", physician.signature()));
            fields.add(new Block.Field("Direct phone", values.get("physician.phone")));
            fields.add(new Block.Field("Signed", "electronically by " + physician.signature() + " on "
                    + LetterComposer.date(signing.signedOn())));
            if (!reviewer.name().equals(physician.name())) {
                fields.add(new Block.Field("Prepared by", reviewer.signature()));
            }
        } else if (kind == LetterKind.DENIAL_DRAFT) {
            // no signature line to sign by hand: the letter is final only when a physician upholds it in the workstation
            fields.add(new Block.Field("Physician reviewer", "not yet reviewed. A physician reviewer decides this request;"
                    + " the letter is final only when the physician upholds the denial and it carries the physician's name."));
            fields.add(new Block.Field("Peer-to-peer line", values.get("physician.phone")));
            fields.add(new Block.Field("Prepared by", reviewer.signature()));
        } else {
            fields.add(new Block.Field("Reviewed by", reviewer.signature()));
            fields.add(new Block.Field("Phone", values.get("reviewer.phone")));
        }
        return new Block.Fields(fields, Audience.NOTICE);
    }
}
