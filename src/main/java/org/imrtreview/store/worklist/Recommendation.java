package org.imrtreview.store.worklist;

import java.time.Instant;
import org.imrtreview.model.Determination;

/**
 * What the worklist may say of a case's recommendation without reading the case (decision 0246): the
 * last evaluation's, when the files, the saved work and the program are still those it was made from;
 * otherwise why it is not known. {@code determination} and {@code evaluatedAt} are null unless
 * {@link Kind#CURRENT}.
 */
public record Recommendation(Kind kind, Determination determination, Instant evaluatedAt, String via, String by) {
    public enum Kind {
        /** The last evaluation still holds. */
        CURRENT,
        /** Not evaluated in the window yet (or what was kept could not be read). */
        NOT_EVALUATED,
        /** The case's files changed since it was last evaluated. */
        FILES_CHANGED,
        /** The saved review work (corrections, checklist, request details, curves) changed since. */
        WORK_CHANGED,
        /** Evaluated by another build of the program, whose rules may differ. */
        OTHER_PROGRAM,
        /** Not looked at yet: the worklist is checking in the background. */
        CHECKING
    }

    /** Evaluated in the window on screen just now. */
    public static Recommendation current(Determination determination, Instant at) {
        return new Recommendation(Kind.CURRENT, determination, at, LastEvaluation.WINDOW, null);
    }

    /** The kept evaluation still holds. */
    public static Recommendation current(LastEvaluation kept) {
        return new Recommendation(Kind.CURRENT, kept.determination(), kept.at(),
                kept.via() == null ? LastEvaluation.WINDOW : kept.via(), kept.by());
    }

    public static Recommendation unknown(Kind kind) {
        return new Recommendation(kind, null, null, null, null);
    }

    /** The words of the worklist's cell: short, no codes. */
    public String text() {
        return switch (kind) {
            case CURRENT -> switch (determination) {
                case CRITERIA_MET -> "Criteria met";
                case CRITERIA_NOT_MET -> "Criteria not met";
                case INCOMPLETE -> "Incomplete";
            };
            case CHECKING -> "checking";
            case FILES_CHANGED -> "files changed";
            default -> "not yet evaluated";
        };
    }

    /** " on 2026-12-06 10:15" in the workstation's zone, or nothing when the time is not known. */
    private String when() {
        if (evaluatedAt == null) {
            return "";
        }
        return " on " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(evaluatedAt.atZone(java.time.ZoneId.systemDefault()));
    }

    /** The sentence of the cell's tooltip. */
    public String explanation() {
        return switch (kind) {
            case CURRENT -> determination.title() + " (evaluated" + when() + (LastEvaluation.COMMAND.equals(via)
                    ? " by the evaluate command" + (by == null ? "" : ", run by " + by)
                    : " when the case was open") + "; its files and the saved review work are unchanged since).";
            case CHECKING -> "Checking whether the last evaluation still holds.";
            case NOT_EVALUATED -> "Not evaluated yet: open the case to see its recommendation.";
            case FILES_CHANGED -> "The case's files changed since it was last evaluated: open the case to evaluate it again.";
            case WORK_CHANGED -> "The saved review work changed since the case was last evaluated here: open the case"
                    + " to evaluate it again.";
            case OTHER_PROGRAM -> "Last evaluated by another version of the program: open the case to evaluate it again.";
        };
    }
}
