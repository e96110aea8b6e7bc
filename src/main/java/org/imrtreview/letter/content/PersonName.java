package org.imrtreview.letter.content;

import java.util.Locale;
import java.util.Set;

/**
 * A person's name as a letter writes it. Request forms and cover sheets often give "Last, First M."
 * (the request-details form suggests it), which reads wrongly after "Dear": "Ellison, Margaret T." is
 * written "Margaret T. Ellison". A comma followed by a suffix or a credential ("Moreno, Jr.",
 * "Vance, MD") is left as it is, and so is anything with more than one comma.
 */
public final class PersonName {

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v", "md", "do", "rn", "np", "pa",
            "phd", "esq", "mph", "msn", "bsn", "pa-c", "lpn", "cnp", "dnp", "facr", "mba");

    private PersonName() {
    }

    public static String asWritten(String name) {
        if (name == null) {
            return "";
        }
        String n = name.strip().replaceAll("\\s+", " ");
        int comma = n.indexOf(',');
        if (comma <= 0 || comma != n.lastIndexOf(',')) {
            return n;
        }
        String last = n.substring(0, comma).strip();
        String rest = n.substring(comma + 1).strip();
        if (rest.isEmpty() || last.isEmpty()) {
            return n;
        }
        String firstWord = rest.split(" ")[0].replace(".", "").toLowerCase(Locale.ROOT);
        if (SUFFIXES.contains(firstWord)) {
            return n;
        }
        return rest + " " + last;
    }
}
