package org.imrtreview.intake.pdf;

import java.util.List;

/** Words sharing a baseline, left to right. */
record TextLine(List<Word> words, double baseline, double top, double bottom, double fontSize) {

    TextLine {
        words = List.copyOf(words);
    }

    double x0() {
        return words.get(0).x0();
    }

    double x1() {
        return words.get(words.size() - 1).x1();
    }

    String text() {
        return TextLayout.join(words);
    }
}
