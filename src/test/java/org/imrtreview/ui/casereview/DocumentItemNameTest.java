package org.imrtreview.ui.casereview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 20 item 7: the documents list shows a file name as it is, not as a direction override makes it read. */
class DocumentItemNameTest {

    @Test
    void aFileNameWithADirectionOverrideIsShownWithTheOverrideVisible() {
        // on screen "visit\u202Etxt.pdf" would read "visitfdp.txt"
        assertEquals("visit\\u202Etxt.pdf", new DocumentsPane.DocumentItem("visit\u202Etxt.pdf", null, List.of()).title());
        assertEquals("note\\x1B[2J.pdf", new DocumentsPane.DocumentItem("note\u001b[2J.pdf", null, List.of()).title());
        assertEquals("Résumé – DVH ≤ 54 Gy.pdf", new DocumentsPane.DocumentItem("Résumé – DVH ≤ 54 Gy.pdf", null, List.of()).title());
    }
}
