package org.imrtreview.ocr;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Reads one line of printed text from a small image (a legend entry, a tick label). Implementations
 * may be unavailable (no OCR engine for this platform): then {@link #readLine} returns empty and
 * {@link #available()} says why, and callers carry on without text. Safe to call from any thread.
 */
public interface TextReader {

    /**
     * The text of {@code line}, which should hold exactly one line of dark text on a light
     * background (binarised, upscaled so letters are ~30-50 px tall); only characters in
     * {@code whitelist} are recognised (null = any). Empty when nothing could be read or OCR is
     * unavailable.
     */
    Optional<LineText> readLine(BufferedImage line, String whitelist);

    /**
     * The text of {@code line} (one line, any character) with each character's confidence; empty when
     * nothing could be read, OCR is unavailable or the reader cannot tell characters' confidences.
     */
    default Optional<LineChars> readLineChars(BufferedImage line) {
        return Optional.empty();
    }

    /** Whether text can be read at all; loads the engine on first call. */
    boolean available();

    /** Why text cannot be read (for the nurse's note), or empty while it can. */
    String unavailableReason();

    /** A reader that never reads anything, for platforms without OCR and for tests of that path. */
    static TextReader unavailable(String reason) {
        return new TextReader() {
            @Override
            public Optional<LineText> readLine(BufferedImage line, String whitelist) {
                return Optional.empty();
            }

            @Override
            public boolean available() {
                return false;
            }

            @Override
            public String unavailableReason() {
                return reason;
            }
        };
    }
}
