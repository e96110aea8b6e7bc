package org.imrtreview.pas;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.letter.content.LetterSigning;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.model.Determination;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.PhysicianStep;

/**
 * The decision a PAS response reports, and who made it. It comes from the nurse's decision recorded
 * with the case (the workstation's Decision panel) or from an explicit choice; either way the
 * rules of who may decide what hold (docs/pas.md):
 * <ul>
 * <li>certified (A1): the nurse approved, or — with nothing recorded — the recommendation is
 *     <em>criteria met</em>; an approval against the recommendation needs the nurse's recorded
 *     decision with its reason;</li>
 * <li>pended (A4): for more information (request-info), or referred to a physician reviewer;</li>
 * <li>not certified (A3): only after a physician reviewer (MD/DO credentials) upheld the denial of a
 *     case the nurse referred, recorded with the case (the workstation's Physician review, or
 *     {@code physician decide}); the denial is signed with that physician's name, day and rationale
 *     (decision 0220). A name typed on the command line alone no longer denies.</li>
 * <li>a physician's recorded overturn is certified (A1) like a nurse's approval.</li>
 * </ul>
 */
public record PasDecision(ReviewAction action, Pend pend, LetterKind letter, Reviewer decidedBy, LetterSigning signing,
                          List<ItemDecision> items) {

    public PasDecision {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public PasDecision(ReviewAction action, Pend pend, LetterKind letter, Reviewer decidedBy, LetterSigning signing) {
        this(action, pend, letter, decidedBy, signing, List.of());
    }

    public PasDecision(ReviewAction action, Pend pend, LetterKind letter, Reviewer decidedBy) {
        this(action, pend, letter, decidedBy, null);
    }

    /** Decided service line by service line (decision 0268). */
    public boolean byLine() {
        return !items.isEmpty();
    }

    /** The HCR code of the Claim item with this sequence: its own when decided line by line, else the request's. */
    public ReviewAction actionFor(int sequence) {
        for (ItemDecision i : items) {
            if (i.sequence() == sequence) {
                return i.action();
            }
        }
        return action;
    }

    /** The line's decision, or null when the request is decided as a whole. */
    public ItemDecision item(int sequence) {
        return items.stream().filter(i -> i.sequence() == sequence).findFirst().orElse(null);
    }

    /** Why a response is pended. */
    public enum Pend { NONE, ADDITIONAL_INFORMATION, PHYSICIAN_REVIEW }

    /** As {@link #resolve(String, DecisionRecord, PhysicianStep, Determination, Reviewer, Reviewer, ZoneId)}, nothing recorded by a physician. */
    public static PasDecision resolve(String word, DecisionRecord recorded, Determination recommendation,
                                      Reviewer physician, Reviewer nurse) throws PasException {
        return resolve(word, recorded, null, recommendation, physician, nurse, ZoneId.systemDefault());
    }

    /**
     * @param word        approve | request-info | pend | deny, or null for the recorded decision
     * @param recorded    the nurse's recorded decision, or null
     * @param physicianDecided the physician reviewer's recorded uphold or overturn, or null
     * @param physician   the physician named on the command line (must match the recorded one), or null
     * @param nurse       the reviewer sending the response (may be unnamed)
     */
    public static PasDecision resolve(String word, DecisionRecord recorded, PhysicianStep physicianDecided,
                                      Determination recommendation, Reviewer physician, Reviewer nurse, ZoneId zone)
            throws PasException {
        return resolve(word, List.of(), recorded, physicianDecided, recommendation, physician, nurse, zone);
    }

    /**
     * As above; {@code items}: each service line's decision for {@code modify} (also {@code partial}),
     * which only a physician reviewer's recorded decision (uphold or overturn of the referral) allows:
     * denying a line, or certifying fewer units than asked, is an adverse determination (decision 0268).
     * The lines are checked against the Claim's items when the response is made.
     */
    public static PasDecision resolve(String word, List<ItemDecision> items, DecisionRecord recorded, PhysicianStep physicianDecided,
                                      Determination recommendation, Reviewer physician, Reviewer nurse, ZoneId zone)
            throws PasException {
        String lineWord = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        boolean byLine = lineWord.equals("modify") || lineWord.equals("partial") || lineWord.equals("modified");
        if (!byLine && items != null && !items.isEmpty()) {
            throw new PasException("--item decides service lines one by one: give it with --decision modify");
        }
        if (byLine) {
            return byLine(items == null ? List.of() : items, physicianDecided, physician, zone);
        }
        NurseDecision nurseDecision = recorded == null ? null : recorded.decision();
        PhysicianAction byPhysician = physicianDecided == null ? null : physicianDecided.action();
        String w = word == null ? null : word.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (w == null) {
            if (byPhysician == PhysicianAction.UPHOLD) {
                w = "deny";
            } else if (byPhysician == PhysicianAction.OVERTURN) {
                w = "approve";
            } else if (nurseDecision == null) {
                throw new PasException("no decision is recorded for this case: record it in the workstation "
                        + "(Approve, Request information, Refer) or give --decision");
            } else {
                w = switch (nurseDecision) {
                    case APPROVE -> "approve";
                    case REQUEST_INFO -> "request-info";
                    case REFER -> "pend";
                };
            }
        }
        if (byPhysician != null && !w.equals("deny") && !w.equals("not-certified") && !w.equals("approve")
                && !w.equals("certify")) {
            throw new PasException("a physician reviewer decided this case (" + byPhysician.done().toLowerCase(Locale.ROOT)
                    + " by " + physicianDecided.physician().signature() + "): it can no longer be answered as \"" + w + "\"");
        }
        return switch (w) {
            case "approve", "certify" -> {
                if (byPhysician == PhysicianAction.UPHOLD) {
                    throw new PasException("the physician reviewer upheld the denial (" + physicianDecided.physician().signature()
                            + "): the request cannot be approved");
                }
                if (byPhysician == PhysicianAction.OVERTURN) {
                    yield new PasDecision(ReviewAction.CERTIFIED, Pend.NONE, LetterKind.APPROVAL, reviewer(physicianDecided));
                }
                if (nurseDecision != NurseDecision.APPROVE && !(nurseDecision == null && recommendation == Determination.CRITERIA_MET)) {
                    throw new PasException("the recommendation is \"" + recommendation.title() + "\""
                            + (nurseDecision == null ? "" : " and the recorded decision is \"" + nurseDecision.title() + "\"")
                            + ": an approval needs the nurse's Approve decision, with its reason, recorded in the workstation");
                }
                yield new PasDecision(ReviewAction.CERTIFIED, Pend.NONE, LetterKind.APPROVAL, nurse);
            }
            case "request-info", "info" -> new PasDecision(ReviewAction.PENDED, Pend.ADDITIONAL_INFORMATION, LetterKind.REQUEST_INFO, nurse);
            case "pend", "refer" -> new PasDecision(ReviewAction.PENDED, Pend.PHYSICIAN_REVIEW, null, nurse);
            case "deny", "not-certified" -> {
                if (physician != null && (!physician.named() || !physician.isPhysician())) {
                    throw new PasException("only a physician may deny: " + (physician.named() ? physician.signature()
                            : "the name given") + " has no physician credentials (MD or DO)");
                }
                if (byPhysician != PhysicianAction.UPHOLD) {
                    throw new PasException("only a physician may deny, and only by upholding the referral recorded with the "
                            + "case: " + (nurseDecision != NurseDecision.REFER ? "record Refer to physician reviewer first, then "
                            : "") + "the physician upholds it in the workstation (Physician review) or with "
                            + "`physician decide CASE uphold --as \"Name, MD\" --rationale …`");
                }
                Reviewer upheldBy = reviewer(physicianDecided);
                if (physician != null && !physician.name().equalsIgnoreCase(upheldBy.name())) {
                    throw new PasException("the denial was upheld by " + upheldBy.signature() + ", not " + physician.signature());
                }
                yield new PasDecision(ReviewAction.NOT_CERTIFIED, Pend.NONE, LetterKind.DENIAL_DRAFT, upheldBy,
                        new LetterSigning(upheldBy, physicianDecided.at().atZone(zone).toLocalDate(), physicianDecided.rationale()));
            }
            default -> throw new PasException("unknown decision '" + word + "' (use approve, request-info, pend or deny)");
        };
    }

    private static PasDecision byLine(List<ItemDecision> items, PhysicianStep physicianDecided, Reviewer physician, ZoneId zone)
            throws PasException {
        if (items.isEmpty()) {
            throw new PasException("--decision modify needs each service line's decision: --item SEQ=approve, "
                    + "--item SEQ=approve:UNITS or --item SEQ=deny for every item of the Claim");
        }
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (ItemDecision i : items) {
            if (!seen.add(i.sequence())) {
                throw new PasException("service line " + i.sequence() + " is decided twice");
            }
        }
        if (physicianDecided == null || (physicianDecided.action() != PhysicianAction.UPHOLD
                && physicianDecided.action() != PhysicianAction.OVERTURN)) {
            throw new PasException("only a physician may deny a service line or certify fewer units than asked: record Refer "
                    + "to physician reviewer, then the physician decides it in the workstation (Physician review) or with "
                    + "`physician decide CASE uphold|overturn --as \"Name, MD\" --rationale …`, then answer line by line");
        }
        Reviewer decidedBy = reviewer(physicianDecided);
        if (physician != null && !physician.name().equalsIgnoreCase(decidedBy.name())) {
            throw new PasException("the physician reviewer of this case is " + decidedBy.signature() + ", not " + physician.signature());
        }
        if (items.stream().noneMatch(ItemDecision::certified)) {
            throw new PasException("no service line is certified: answer with --decision deny (the physician upheld the denial)");
        }
        if (items.stream().allMatch(i -> i.action() == ReviewAction.CERTIFIED)) {
            throw new PasException("every service line is certified in total: answer with --decision approve");
        }
        ReviewAction onRequest = items.stream().anyMatch(i -> !i.certified()) ? ReviewAction.CERTIFIED_PARTIAL : ReviewAction.MODIFIED;
        List<ItemDecision> reasoned = items.stream().map(i -> i.reason() == null && i.action() != ReviewAction.CERTIFIED
                ? i.withReason(physicianDecided.rationale()) : i).toList();
        return new PasDecision(onRequest, Pend.NONE, LetterKind.DENIAL_DRAFT, decidedBy,
                new LetterSigning(decidedBy, physicianDecided.at().atZone(zone).toLocalDate(), physicianDecided.rationale()),
                reasoned);
    }

    private static Reviewer reviewer(PhysicianStep step) {
        return new Reviewer(step.physician().name(), step.physician().credentials(), null);
    }
}
