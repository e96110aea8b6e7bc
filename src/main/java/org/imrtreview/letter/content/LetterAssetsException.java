package org.imrtreview.letter.content;

/**
 * A letter template or the settings file is wrong (unknown placeholder, unbalanced condition,
 * missing setting, …). Raised when the assets are loaded — at start-up or by the template check —
 * so a mistake never reaches a member's letter. The message names the file and line.
 */
public final class LetterAssetsException extends RuntimeException {
    public LetterAssetsException(String message) {
        super(message);
    }

    public LetterAssetsException(String message, Throwable cause) {
        super(message, cause);
    }
}
