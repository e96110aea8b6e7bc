package org.imrtreview.pas;

import java.util.Locale;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.model.Determination;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.NurseDecision;

/**
 * The decision a PAS response reports, and who made it. It comes from the nurse's decision recorded
 * with the case (the workstation's Decision panel) or from an explicit choice; either way the
 * rules of who may decide what hold (docs/pas.md):
 * <ul>
 * <li>certified (A1): the nurse approved, or — with nothing recorded — the recommendation is
 *     <em>criteria met</em>; an approval against the recommendation needs the nurse's recorded
 *     decision with its reason;</li>
 * <li>pended (A4): for more information (request-info), or referred to a physician reviewer;</li>
 * <li>not certified (A3): only by a physician (MD/DO credentials), on a case the nurse referred or
 *     whose recommendation is <em>criteria not met</em>.</li>
 * </ul>
 */
public record PasDecision(ReviewAction action, Pend pend, LetterKind letter, Reviewer decidedBy) {

    /** Why a response is pended. */
    public enum Pend { NONE, ADDITIONAL_INFORMATION, PHYSICIAN_REVIEW }

    /**
     * @param word        approve | request-info | pend | deny, or null for the recorded decision
     * @param recorded    the nurse's recorded decision, or null
     * @param physician   the physician reviewer deciding a denial, or null
     * @param nurse       the reviewer sending the response (may be unnamed)
     */
    public static PasDecision resolve(String word, DecisionRecord recorded, Determination recommendation,
                                      Reviewer physician, Reviewer nurse) throws PasException {
        NurseDecision nurseDecision = recorded == null ? null : recorded.decision();
        String w = word == null ? null : word.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (w == null) {
            if (nurseDecision == null) {
                throw new PasException("no decision is recorded for this case: record it in the workstation "
                        + "(Approve, Request information, Refer) or give --decision");
            }
            w = switch (nurseDecision) {
                case APPROVE -> "approve";
                case REQUEST_INFO -> "request-info";
                case REFER -> "pend";
            };
        }
        return switch (w) {
            case "approve", "certify" -> {
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
                if (physician == null || !physician.named() || !physician.isPhysician()) {
                    throw new PasException("only a physician may deny: give the deciding physician reviewer with "
                            + "--physician \"Name, MD\" (MD or DO credentials)");
                }
                if (nurseDecision != NurseDecision.REFER && !(nurseDecision == null && recommendation == Determination.CRITERIA_NOT_MET)) {
                    throw new PasException("a denial follows a referral to the physician reviewer: the recommendation is \""
                            + recommendation.title() + "\"" + (nurseDecision == null ? "" : " and the recorded decision is \""
                            + nurseDecision.title() + "\"") + "; record Refer to physician reviewer first");
                }
                yield new PasDecision(ReviewAction.NOT_CERTIFIED, Pend.NONE, LetterKind.DENIAL_DRAFT, physician);
            }
            default -> throw new PasException("unknown decision '" + word + "' (use approve, request-info, pend or deny)");
        };
    }
}
