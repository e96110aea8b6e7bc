package org.imrtreview.ui.common;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the workstation remembers between runs: window bounds, last workspace, theme, text size. The
 * preferences node comes from the system property {@code imrt.prefs.node} so tests and demos never
 * overwrite a nurse's settings.
 */
public final class UserPrefs {
    private static final Logger LOG = LoggerFactory.getLogger(UserPrefs.class);
    public static final String NODE_PROPERTY = "imrt.prefs.node";

    private final Preferences node;

    public UserPrefs(Preferences node) {
        this.node = node;
    }

    public static UserPrefs standard() {
        String name = System.getProperty(NODE_PROPERTY, "imrt-review");
        return new UserPrefs(Preferences.userRoot().node(name));
    }

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public WindowBounds windowBounds() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (w < 200 || h < 200) {
            return null;
        }
        return new WindowBounds(node.getDouble("window.x", Double.NaN), node.getDouble("window.y", Double.NaN), w, h,
                node.getBoolean("window.maximized", false));
    }

    public void windowBounds(WindowBounds b) {
        node.putDouble("window.x", b.x());
        node.putDouble("window.y", b.y());
        node.putDouble("window.width", b.width());
        node.putDouble("window.height", b.height());
        node.putBoolean("window.maximized", b.maximized());
    }

    public Path lastWorkspace() {
        String s = node.get("workspace.last", null);
        return s == null ? null : Path.of(s);
    }

    public void lastWorkspace(Path workspace) {
        node.put("workspace.last", workspace.toAbsolutePath().toString());
    }

    /**
     * The case open in the window now (decision 0474): set as a case opens, removed when she goes back to the
     * worklist or closes the window. Still set at the next start means the workstation stopped with the case
     * open (killed, crashed, power lost): the window reopens it. Null when none.
     */
    public Path openCase() {
        String s = node.get("case.open", null);
        return s == null || s.isBlank() ? null : Path.of(s);
    }

    public void openCase(Path caseFolder) {
        if (caseFolder == null) {
            node.remove("case.open");
        } else {
            node.put("case.open", caseFolder.toAbsolutePath().normalize().toString());
        }
    }

    public Theme theme() {
        return Theme.parse(node.get("theme", "light"));
    }

    public void theme(Theme theme) {
        node.put("theme", theme.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The text size in percent (View ▸ Larger text); 100 until changed. */
    public int textScale() {
        return node.getInt("text.scale", TextScale.NORMAL);
    }

    public void textScale(int percent) {
        node.putInt("text.scale", percent);
    }

    /** The nurse's name and credentials as signed on letters, e.g. "Jane Doe, RN". */
    public String reviewer() {
        return node.get("reviewer", "");
    }

    public void reviewer(String nameAndCredentials) {
        node.put("reviewer", nameAndCredentials == null ? "" : nameAndCredentials.strip());
    }

    /**
     * Who uses this workstation (Tools ▸ Who is using this workstation): name, credentials, role; null
     * until she says. A claim kept on this computer; the review session checks what the role may do.
     */
    public org.imrtreview.store.ReviewerIdentity identity() {
        String name = node.get("identity.name", "");
        if (name.isBlank()) {
            return null;
        }
        org.imrtreview.store.ReviewerRole role;
        try {
            role = org.imrtreview.store.ReviewerRole.valueOf(node.get("identity.role", "NURSE"));
        } catch (IllegalArgumentException e) {
            role = org.imrtreview.store.ReviewerRole.NURSE;
        }
        return new org.imrtreview.store.ReviewerIdentity(name, node.get("identity.credentials", ""), role);
    }

    public void identity(org.imrtreview.store.ReviewerIdentity identity) {
        if (identity == null) {
            node.remove("identity.name");
            node.remove("identity.credentials");
            node.remove("identity.role");
            return;
        }
        node.put("identity.name", identity.name() == null ? "" : identity.name());
        node.put("identity.credentials", identity.credentials() == null ? "" : identity.credentials());
        node.put("identity.role", identity.role().name());
    }

    /**
     * The team database this workstation works on (a JDBC URL or a workspace folder with its embedded
     * database; docs/team.md), or null: review work is saved beside each case.
     */
    public String teamDatabase() {
        String s = node.get("team.db", "");
        return s.isBlank() ? null : s;
    }

    public void teamDatabase(String urlOrFolder) {
        if (urlOrFolder == null || urlOrFolder.isBlank()) {
            node.remove("team.db");
        } else {
            node.put("team.db", urlOrFolder.strip());
        }
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.warn("could not store preferences: {}", e.getClass().getSimpleName());
        }
    }
}
