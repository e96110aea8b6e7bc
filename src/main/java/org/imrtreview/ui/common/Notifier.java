package org.imrtreview.ui.common;

/**
 * Non-blocking messages for the nurse (a banner in the window, never a modal dialog): problems with
 * a file, a failed save, a finished print job.
 */
public interface Notifier {

    enum Level { INFO, SUCCESS, WARNING, ERROR }

    void notify(Level level, String message);

    default void info(String message) {
        notify(Level.INFO, message);
    }

    default void success(String message) {
        notify(Level.SUCCESS, message);
    }

    default void warning(String message) {
        notify(Level.WARNING, message);
    }

    default void error(String message) {
        notify(Level.ERROR, message);
    }

    /**
     * Banners about one case ({@code owner}: the object made for that case). They are shown only
     * while that case is the one open and are removed by {@link #closeCase}; a message arriving for a
     * case already closed is dropped. Plain notifiers have no scopes.
     */
    default Notifier forCase(Object owner) {
        return this;
    }

    /** The case {@code owner} closed: its banners go. */
    default void closeCase(Object owner) {
    }
}
