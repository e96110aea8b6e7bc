package org.imrtreview.pas;

import java.util.Locale;

/**
 * One service line's decision in a request decided line by line (decision 0268): the Claim item's
 * sequence, certified or not, the units certified when fewer than requested (A6 modified), and the
 * line's reason in words (null: the physician's rationale).
 */
public record ItemDecision(int sequence, boolean certified, Integer units, String reason) {

    public ItemDecision {
        if (sequence < 1) {
            throw new IllegalArgumentException("a service line's sequence is 1 or more");
        }
        if (units != null && (!certified || units < 1)) {
            throw new IllegalArgumentException("units are given only for a certified line, at least 1");
        }
    }

    /** The line's HCR code: A1 certified, A6 certified with fewer units, A3 not certified. */
    public ReviewAction action() {
        return !certified ? ReviewAction.NOT_CERTIFIED : units != null ? ReviewAction.MODIFIED : ReviewAction.CERTIFIED;
    }

    /**
     * {@code SEQ=approve}, {@code SEQ=approve:UNITS} or {@code SEQ=deny} ({@code certify}, {@code not-certified}
     * too), as the command's {@code --item} takes it.
     */
    public static ItemDecision parse(String spec) throws PasException {
        String s = spec == null ? "" : spec.strip();
        int eq = s.indexOf('=');
        if (eq <= 0) {
            throw new PasException("--item " + spec + ": write SEQ=approve, SEQ=approve:UNITS or SEQ=deny (SEQ: the Claim item's sequence)");
        }
        int sequence;
        try {
            sequence = Integer.parseInt(s.substring(0, eq).strip());
        } catch (NumberFormatException e) {
            throw new PasException("--item " + spec + ": '" + s.substring(0, eq).strip() + "' is not an item sequence number");
        }
        String what = s.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
        Integer units = null;
        int colon = what.indexOf(':');
        if (colon >= 0) {
            try {
                units = Integer.parseInt(what.substring(colon + 1).strip());
            } catch (NumberFormatException e) {
                throw new PasException("--item " + spec + ": units must be a whole number");
            }
            what = what.substring(0, colon).strip();
        }
        boolean certified = switch (what) {
            case "approve", "certify", "approved", "certified" -> true;
            case "deny", "not-certified", "denied" -> false;
            default -> throw new PasException("--item " + spec + ": '" + what + "' is not approve or deny");
        };
        if (sequence < 1 || (units != null && (!certified || units < 1))) {
            throw new PasException("--item " + spec + ": units go with approve only and are at least 1; sequences start at 1");
        }
        return new ItemDecision(sequence, certified, units, null);
    }

    public ItemDecision withReason(String text) {
        return new ItemDecision(sequence, certified, units, text);
    }
}
