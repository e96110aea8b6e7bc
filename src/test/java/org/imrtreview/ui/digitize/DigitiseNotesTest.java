package org.imrtreview.ui.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A crowded picture's notes: one line per kind naming the curves, every note still listed in full. */
class DigitiseNotesTest {
    private static List<String> crowded() {
        List<String> notes = new ArrayList<>();
        for (int n : new int[] {3, 5, 9}) {
            notes.add("curve #" + n + " (red solid) has no dashed twin: in this combined image its"
                    + " dashed curve may lie exactly on it (same DVH in both plans) or be absent");
        }
        notes.add("curves #2 and #4 are both blue solid: they were told apart by their position; each was followed whole");
        notes.add("curves #2 and #6 are both blue solid: they were told apart by their position; each was followed whole");
        notes.add("curve #7 (green solid): its end runs along the 0 % line, so its Dmax lies between 37.5 and 74.3 Gy");
        notes.add("curve #8 (teal solid): its end runs along the 0 % line, so its Dmax lies between 12 and 30.1 Gy");
        notes.add("legend text not read: no OCR");
        return notes;
    }

    @Test
    void notesOfOneKindAreOneLineNamingTheirCurves() {
        List<String> lines = DigitiseNotes.grouped(crowded());
        assertEquals(List.of(
                "Curves #3, #5 and #9 (3 notes): each has no dashed twin: in this combined image its dashed curve may"
                        + " lie exactly on it (same DVH in both plans) or be absent.",
                "Curves #2, #4 and #6 (2 notes): pair by pair, are both blue solid: they were told apart by their"
                        + " position; each was followed whole.",
                "Curves #7 and #8 (2 notes): its end runs along the 0 % line, so its Dmax lies between … and … Gy.",
                "Legend text not read: no OCR."), lines);
    }

    @Test
    void everyNoteStaysReachableAsGiven() {
        List<String> all = DigitiseNotes.all(crowded());
        assertEquals(crowded().size(), all.size());
        assertEquals("Curve #8 (teal solid): its end runs along the 0 % line, so its Dmax lies between 12 and 30.1 Gy.",
                all.get(6));
    }

    @Test
    void notesOfDifferentKindsStaySeparate() {
        List<String> two = List.of("curve #1 (red solid): its end runs along the 0 % line", "curves #2 and #3 share one colour.");
        assertEquals(List.of("Curve #1 (red solid): its end runs along the 0 % line.", "Curves #2 and #3 share one colour."),
                DigitiseNotes.grouped(two));
    }
}
