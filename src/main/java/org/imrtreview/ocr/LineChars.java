package org.imrtreview.ocr;

/**
 * One line read character by character: the text (words parted by one space) and each character's
 * confidence (0..1; a space between words counts as sure). Lets a caller ask whether the characters
 * it keeps were read surely when the word they stand in was not ("27.4-Gy": digits sure, the speck
 * read as "-" not).
 */
public record LineChars(String text, double[] confidence) {

    public LineChars {
        if (text.length() != confidence.length) {
            throw new IllegalArgumentException("one confidence per character");
        }
        confidence = confidence.clone();
    }
}
