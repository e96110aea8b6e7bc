package org.imrtreview.letter.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Request;
import org.imrtreview.model.Request.LineOfBusiness;
import org.imrtreview.model.Request.Urgency;
import org.imrtreview.model.ReviewCase;

/**
 * Builds a letter's content from the case, its evaluation and the reviewer's decision, using the
 * plan's templates and settings. Anything the letter must state but the case lacks (member name
 * or ID, request ID, requesting provider, service codes, reviewer) blocks the letter with a list
 * of what is missing: a letter is never produced with blanks.
 */
public final class LetterComposer {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final LetterAssets assets;

    public LetterComposer(LetterAssets assets) {
        this.assets = Objects.requireNonNull(assets, "assets");
    }

    public static LetterComposer standard() {
        return new LetterComposer(LetterAssets.standard());
    }

    public LetterAssets assets() {
        return assets;
    }

    public LetterOutcome compose(ReviewCase reviewCase, Evaluation evaluation, ReviewerDecision decision, LocalDate date) {
        Objects.requireNonNull(reviewCase, "reviewCase");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(date, "date");
        LetterSettings settings = assets.settings();
        Request request = reviewCase.request();
        Reviewer reviewer = decision.reviewer().named() ? decision.reviewer() : settings.defaultReviewer();
        // a denial names its physician only once she has upheld it; until then it is a draft naming none
        Reviewer physician = physician(decision, settings);

        List<String> missing = missing(request, decision.kind(), evaluation, reviewer, physician);
        if (decision.signed() && (!physician.named() || !physician.isPhysician())) {
            missing.add("the signing physician's name and physician credentials (MD or DO)");
        }
        if (!missing.isEmpty()) {
            return new LetterOutcome.Blocked(decision.kind(), missing);
        }
        List<String> warnings = new ArrayList<>();
        LineOfBusiness line = request.plan() != null && request.plan().line() != null ? request.plan().line() : null;
        if (line == null) {
            warnings.add("The plan's line of business is not given; commercial (ERISA) wording and time limits were used.");
            line = LineOfBusiness.COMMERCIAL;
        }
        Urgency urgency = request.urgency();
        if (urgency == null) {
            warnings.add("The request's urgency is not given; it was treated as standard.");
            urgency = Urgency.STANDARD;
        }
        LetterFacts facts = new LetterFacts(reviewCase, evaluation, decision.kind(), reviewer, physician,
                decision.signing(), settings, line, urgency, date, assets, decision.serviceLines());
        warnings.addAll(facts.warnings());

        LetterTemplate template = assets.template(decision.kind(), line);
        String title = template.title(facts);
        List<Block> body = template.render(facts, Audience.MEMBER);
        String readabilityText = new LetterContent(decision.kind(), "", date, "", new Letterhead("", List.of(), null),
                List.of(), List.of(), body, "", null, null, List.of()).memberText();
        Readability readability = Readability.of(readabilityText);

        LetterContent content = new LetterContent(decision.kind(), title == null ? defaultTitle(decision.kind()) : title,
                date, request.requestId().strip(),
                new Letterhead(settings.planName(), settings.letterheadLines(), assets.logo()),
                facts.addressees(), facts.reference(), body,
                settings.planName() + " · Request ID " + request.requestId().strip() + " · Member ID "
                        + request.member().id().strip(),
                decision.kind() == LetterKind.DENIAL_DRAFT && !decision.signed()
                        ? "DRAFT — for physician review and signature. This is not a decision until the physician reviewer signs it."
                        : null,
                readability, warnings);
        return new LetterOutcome.Ready(content);
    }

    /** The physician who signed the denial (phone: hers, else the plan's peer-to-peer line), or null for a draft. */
    private static Reviewer physician(ReviewerDecision decision, LetterSettings settings) {
        if (!decision.signed()) {
            return null;
        }
        Reviewer p = decision.signing().physician();
        return p.phone() == null ? new Reviewer(p.name(), p.credentials(), settings.peerToPeerPhone()) : p;
    }

    /** Everything the letter must state that the case does not give; empty when the letter can be made. */
    static List<String> missing(Request request, LetterKind kind, Evaluation evaluation, Reviewer reviewer, Reviewer physician) {
        List<String> missing = new ArrayList<>();
        Request.Member member = request.member();
        if (member == null || blank(member.name())) {
            missing.add("member name");
        }
        if (member == null || blank(member.id())) {
            missing.add("member ID");
        }
        if (blank(request.requestId())) {
            missing.add("request ID");
        }
        if (request.requestingProvider() == null || blank(request.requestingProvider().name())) {
            missing.add("requesting provider name");
        }
        if (request.requestedCodes() == null || request.requestedCodes().stream().allMatch(LetterComposer::blank)) {
            missing.add("requested service codes (CPT/HCPCS)");
        }
        if ((kind == LetterKind.APPROVAL || kind == LetterKind.DENIAL_DRAFT) && request.requestedCodes() != null) {
            // an IMRT decision about codes none of which is IMRT would authorise or deny the wrong service (0444)
            List<String> named = request.requestedCodes().stream().filter(c -> !blank(c)).map(String::strip).toList();
            if (!named.isEmpty() && named.stream().noneMatch(ServiceCodes::known)) {
                missing.add("IMRT service codes in the request: it names only " + String.join(", ", named)
                        + ", none of them an IMRT code (77301, 77338, 77385, 77386, G6015, G6016); correct the codes in"
                        + " the request details, or ask the provider whether IMRT is what is requested");
            }
        }
        if (reviewer == null || !reviewer.named()) {
            missing.add("reviewer name and credentials (for example \"Dana Whitfield, RN\")");
        } else if (reviewer.credentials() == null) {
            missing.add("reviewer credentials (for example RN or MD after the name)");
        }
        evaluation.checklist().stream()
                .filter(i -> i.key().equals("identity") && !i.satisfied())
                .forEach(i -> missing.add("the identity question resolved (" + i.evidence()
                        + "): a second request or evidence naming another patient was found"));
        if (kind == LetterKind.REQUEST_INFO && evaluation.missing().stream().allMatch(LetterComposer::blank)) {
            missing.add("items to request: the review found nothing missing. To ask again for something that was sent (for "
                    + "example an imaging report older than 60 days), mark that checklist item as missing with a note saying "
                    + "what is needed; the note goes into the letter");
        }
        return missing;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank() || s.strip().equalsIgnoreCase("null");
    }

    private static String defaultTitle(LetterKind kind) {
        return switch (kind) {
            case APPROVAL -> "Your request is approved";
            case REQUEST_INFO -> "We need more information";
            case DENIAL_DRAFT -> "Notice of denial of coverage";
        };
    }

    static String date(LocalDate d) {
        return DATE.format(d);
    }

    static Map<String, String> newMap() {
        return new HashMap<>();
    }
}
