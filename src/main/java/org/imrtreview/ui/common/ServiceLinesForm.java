package org.imrtreview.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.imrtreview.pas.ClaimLine;
import org.imrtreview.pas.ItemDecision;

/**
 * What the nurse or physician chooses for each service line of a PAS request decided line by line
 * (decision 0288): approve, approve fewer units, or deny, with a reason for each line not approved in
 * full. The same rules as {@code pas-response --decision modify} (decision 0268), said in the window's
 * words before anything is sent: every line decided once, fewer units than asked and at least 1, a
 * reason for a line denied or cut (the physician's rationale filled in, editable), at least one line
 * approved and not every line approved in total. No controls here: the dialog binds to it.
 */
public final class ServiceLinesForm {

    /** A line's choice. */
    public enum Choice {
        APPROVE("Approve"), FEWER("Approve fewer units"), DENY("Deny");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One Claim item and what is chosen for it. */
    public static final class Line {
        private final ClaimLine claim;
        private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice");
        private final StringProperty units = new SimpleStringProperty(this, "units", "");
        private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

        Line(ClaimLine claim, String defaultReason) {
            this.claim = claim;
            // a line denied or cut gets the physician's rationale as its reason, which she may reword
            choice.addListener((o, a, c) -> {
                if (c != null && c != Choice.APPROVE && reason.get().isBlank() && defaultReason != null) {
                    reason.set(defaultReason);
                }
            });
        }

        public ClaimLine claim() {
            return claim;
        }

        public ObjectProperty<Choice> choiceProperty() {
            return choice;
        }

        public StringProperty unitsProperty() {
            return units;
        }

        public StringProperty reasonProperty() {
            return reason;
        }

        /** Fewer units can be certified only on a line that asks for more than one. */
        public boolean canCertifyFewer() {
            return claim.requestedUnits() != null && claim.requestedUnits() > 1;
        }

        String name() {
            return "Line " + claim.sequence() + (claim.code() == null ? "" : " (" + claim.code() + ")");
        }
    }

    private final List<Line> lines;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public ServiceLinesForm(List<ClaimLine> claimLines, String defaultReason) {
        List<Line> made = new ArrayList<>();
        for (ClaimLine c : claimLines) {
            made.add(new Line(c, defaultReason == null || defaultReason.isBlank() ? null : defaultReason.strip()));
        }
        lines = List.copyOf(made);
        List<Observable> watched = new ArrayList<>();
        lines.forEach(l -> watched.addAll(List.of(l.choice, l.units, l.reason)));
        watched.forEach(w -> w.addListener(o -> problem.set(check())));
        problem.set(check());
    }

    public List<Line> lines() {
        return lines;
    }

    /** What stops the answer, in a sentence; empty when every line is decided by the rules. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private String check() {
        if (lines.isEmpty()) {
            return "The Claim has no service lines to decide.";
        }
        for (Line l : lines) {
            Choice c = l.choice.get();
            if (c == null) {
                return l.name() + ": choose Approve, Approve fewer units or Deny.";
            }
            if (c == Choice.FEWER) {
                if (!l.canCertifyFewer()) {
                    return l.name() + " asks for " + (l.claim.requestedUnits() == null ? "no stated number of units" : "one unit")
                            + ": approve or deny it.";
                }
                Integer u = units(l);
                if (u == null || u < 1 || u >= l.claim.requestedUnits()) {
                    return l.name() + ": approve fewer than the " + l.claim.requestedUnits() + " units asked, at least 1.";
                }
            }
            if (c != Choice.APPROVE && l.reason.get().isBlank()) {
                return l.name() + ": say why it is " + (c == Choice.DENY ? "denied." : "not approved in full.");
            }
        }
        if (lines.stream().allMatch(l -> l.choice.get() == Choice.DENY)) {
            return "No line is approved: that is a whole denial. Send it with Export decision as PAS response.";
        }
        if (lines.stream().allMatch(l -> l.choice.get() == Choice.APPROVE)) {
            return "Every line is approved in full: that is a whole approval, not a decision line by line.";
        }
        return "";
    }

    private static Integer units(Line l) {
        try {
            return Integer.valueOf(l.units.get().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Each line's decision with its reason; only when {@link #problemProperty()} is empty. */
    public List<ItemDecision> decisions() {
        if (!problem.get().isEmpty()) {
            throw new IllegalStateException(problem.get());
        }
        return lines.stream().map(l -> {
            ItemDecision d = switch (l.choice.get()) {
                case APPROVE -> new ItemDecision(l.claim.sequence(), true, null, null);
                case FEWER -> new ItemDecision(l.claim.sequence(), true, units(l), l.reason.get().strip());
                case DENY -> new ItemDecision(l.claim.sequence(), false, null, l.reason.get().strip());
            };
            return d;
        }).toList();
    }
}
