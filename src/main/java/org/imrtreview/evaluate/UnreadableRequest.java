package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.Request;
import org.imrtreview.model.RequestField;

/**
 * A field present in the request but unreadable — a prescription "seventy-eight", a fraction count "thirty-nine", a
 * date that is no date, a member ID written as an object — holds the case (decision 0570): what was asked for is not
 * known, and the checks that compare it (the prescription against the table and the DVH exports, limits in % of the
 * prescription, the member against the evidence, the dates) would silently be off. The finding stands until the
 * request in force gives the field a value: the nurse's typed request details settle it, and the finding becomes a
 * note saying so. A field simply absent is not a finding (the request details' own readiness covers it, 0143).
 */
final class UnreadableRequest {

    private UnreadableRequest() {
    }

    /** {@code problems} with every unreadable-field finding the request in force now answers turned into a note. */
    static List<Problem> settle(List<Problem> problems, Request inForce) {
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            if (p.code() != ProblemCode.REQUEST_UNREADABLE || !field(p).presentIn(inForce)) {
                out.add(p);
                continue;
            }
            RequestField field = field(p);
            out.add(new Problem(p.file(), field.whole()
                    ? "could not be read; the request details typed in replace it"
                    : "field \"" + field.path() + "\" (" + field.words() + ") could not be read; the request details typed in"
                            + " give it"));
        }
        return out;
    }

    /** The checklist item for the findings still standing, or none. */
    static java.util.Optional<ChecklistItem> item(List<Problem> problems) {
        List<Problem> held = problems.stream().filter(p -> p.code() == ProblemCode.REQUEST_UNREADABLE).toList();
        if (held.isEmpty()) {
            return java.util.Optional.empty();
        }
        String fields = held.stream()
                .map(p -> field(p).whole() ? "the whole file " + p.file() : field(p).words() + " (" + p.file() + ", \""
                        + field(p).path() + "\")")
                .distinct().collect(Collectors.joining("; "));
        return java.util.Optional.of(new ChecklistItem(DocumentationChecklist.REQUEST,
                "Request details read in full (no field of the request unreadable)", false,
                "could not be read: " + fields + " — type the value in the request details (Ctrl+E) from the provider's"
                        + " documents, or ask the provider", false, null));
    }

    private static RequestField field(Problem p) {
        return new RequestField(p.field());
    }
}
