package org.imrtreview.store.db;

/**
 * What the team store refuses, in a sentence for the reviewer. The subclasses say which refusal it is,
 * so the window can keep the reviewer's text (a lost race) or show who holds the case.
 */
public class TeamStoreException extends RuntimeException {
    public TeamStoreException(String message) {
        super(message);
    }

    public TeamStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Someone saved the case after this client read it: nothing was written; reload and redo. */
    public static final class StaleVersion extends TeamStoreException {
        private final long current;

        public StaleVersion(String message, long current) {
            super(message);
            this.current = current;
        }

        public long current() {
            return current;
        }
    }

    /** The case already has a decision standing (the store keeps one per case). */
    public static final class AlreadyDecided extends TeamStoreException {
        public AlreadyDecided(String message) {
            super(message);
        }
    }

    /** The reviewer's roles do not allow this. */
    public static final class NotPermitted extends TeamStoreException {
        public NotPermitted(String message) {
            super(message);
        }
    }

    /** Another reviewer holds the case's lock. */
    public static final class Locked extends TeamStoreException {
        private final CaseLock lock;

        public Locked(String message, CaseLock lock) {
            super(message);
            this.lock = lock;
        }

        public CaseLock lock() {
            return lock;
        }
    }
}
