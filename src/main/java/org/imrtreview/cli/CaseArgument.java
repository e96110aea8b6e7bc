package org.imrtreview.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.imrtreview.intake.CaseLoader;
import java.time.Clock;
import org.imrtreview.intake.UnreadablePathException;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.pas.PasInbox;
import org.imrtreview.review.CaseReview;
import org.imrtreview.review.CaseReviews;

/** What the case-taking commands share: reading the CASE argument and ending with a one-line reason. */
final class CaseArgument {

    /** SPEC §5: exit code when PATH itself cannot be read. */
    static final int UNREADABLE = 2;

    private CaseArgument() {
    }

    /** The case at {@code path}, or null after printing the one-line reason it cannot be read. */
    static ReviewCase load(Path path, PrintWriter err) {
        try {
            path = caseFolder(path, err);
            if (path == null) {
                return null;
            }
            return CaseLoader.standard().load(path);
        } catch (UnreadablePathException e) {
            fail(err, e.getMessage());
            return null;
        }
    }

    /**
     * The case at {@code path} as the workstation shows it (saved review work applied), or the files
     * alone with {@code asSubmitted}; null after printing the one-line reason it cannot be read.
     * Nothing is written into the case.
     */
    static CaseReview review(Path path, boolean asSubmitted, PrintWriter err) {
        try {
            path = caseFolder(path, err);
            if (path == null) {
                return null;
            }
            return CaseReviews.standard(Clock.systemUTC(), System.getProperty("user.name", "")).view(path, asSubmitted);
        } catch (UnreadablePathException e) {
            fail(err, e.getMessage());
            return null;
        }
    }

    /** A PAS bundle becomes its case folder (imported once); any other path is the case. Null after a message. */
    static Path caseFolder(Path path, PrintWriter err) {
        return PasInbox.isBundle(path) ? PasCommands.materialise(path, err) : path;
    }

    /** Prints {@code error: message} and returns nothing; callers return their exit code. */
    static void fail(PrintWriter err, String message) {
        // a message may quote a file name or a value from the submission (issue 20 item 7)
        err.println("error: " + org.imrtreview.logging.VisibleText.escapeKeepingLines(message));
        err.flush();
    }
}
