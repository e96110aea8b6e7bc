package org.imrtreview.pas;

import java.time.ZoneId;
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
public record PasDecision(ReviewAction action, Pend pend, LetterKind letter, Reviewer decidedBy, LetterSigning signing) {

    public PasDecision(ReviewAction action, Pend pend, LetterKind letter, Reviewer decidedBy) {
        this(action, pend, letter, decidedBy, null);
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

    private static Reviewer reviewer(PhysicianStep step) {
        return new Reviewer(step.physician().name(), step.physician().credentials(), null);
    }
}
