package org.imrtreview.letter.content;

import java.util.List;

/** Who a copy of the letter goes to ("Member", "Requesting provider"), with the address lines. */
public record Addressee(String role, List<String> lines) {
    public Addressee {
        lines = List.copyOf(lines);
    }
}
