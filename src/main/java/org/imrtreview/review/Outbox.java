package org.imrtreview.review;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the program's outputs (letters, chart exports) go: a folder beside the cases, never inside a
 * submitted case folder, so nothing the program writes can join a submission and be read as its
 * evidence (decision 0144). One per workspace: {@code <workspace>/imrt-outbox}; a case opened on
 * its own (or a workspace that is itself one case) uses the folder that holds the case. The nurse
 * may choose another folder in Settings, but not one inside a case.
 */
public final class Outbox {
    /** The default outbox folder's name; the worklist never lists it as a case. */
    public static final String FOLDER_NAME = "imrt-outbox";

    private Outbox() {
    }

    /** The default outbox for a case: in its workspace, or beside the case. */
    public static Path defaultFor(Path caseFolder, Path workspace) {
        Path c = caseFolder.toAbsolutePath().normalize();
        if (workspace != null) {
            Path w = workspace.toAbsolutePath().normalize();
            if (!w.equals(c) && c.startsWith(w)) {
                return w.resolve(FOLDER_NAME);
            }
        }
        Path parent = c.getParent();
        return (parent == null ? c : parent).resolve(FOLDER_NAME);
    }

    /** Whether {@code folder} is (inside) a case folder of {@code workspace}, or is {@code caseFolder} or inside it. */
    public static boolean isInsideACase(Path folder, Path workspace, Path caseFolder) {
        Path f = folder.toAbsolutePath().normalize();
        if (caseFolder != null && f.startsWith(caseFolder.toAbsolutePath().normalize())) {
            return true;
        }
        if (workspace == null) {
            return false;
        }
        Path w = workspace.toAbsolutePath().normalize();
        if (f.equals(w) || !f.startsWith(w)) {
            return false;
        }
        String top = w.relativize(f).getName(0).toString();
        return !top.equals(FOLDER_NAME) && !top.startsWith(".");
    }

    /** Whether a workspace entry is the outbox (not a case). */
    public static boolean isOutbox(Path child) {
        return child.getFileName() != null
                && child.getFileName().toString().toLowerCase(Locale.ROOT).equals(FOLDER_NAME);
    }
}
