package org.imrtreview.digitize;

/** The image is not a DVH plot the digitiser can read (a photo, a letter, a blank page, a grayscale plot). */
public final class NotADvhPlotException extends Exception {
    public NotADvhPlotException(String message) {
        super(message);
    }
}
