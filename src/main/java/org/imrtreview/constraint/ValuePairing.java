package org.imrtreview.constraint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.imrtreview.model.Unit;

/**
 * Pairs the values of a 3D or IMRT cell with the limits of a multi-limit constraint ("38%, 21.2 Gy"
 * against "V20 &lt; 35%, Dmean &lt; 20 Gy"): in order when the counts agree and no unit contradicts
 * it, otherwise by unit when every value's unit fits exactly one limit. Anything else pairs nothing
 * (the limits' values are then missing and flagged) — values are never guessed onto limits.
 */
public final class ValuePairing {

    /** The value text for each limit (null when none), and how they were paired when not simply in order. */
    public record Pairing(List<String> texts, String note) {
        public Pairing {
            texts = java.util.Collections.unmodifiableList(new ArrayList<>(texts));
        }
    }

    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:;|\\n|\\r|\\||/|,(?!\\d)|(?<!\\d),|\\band\\b)\\s*");

    private ValuePairing() {
    }

    public static Pairing pair(String cell, List<ConstraintReading> limits) {
        int n = limits.size();
        String[] none = new String[n];
        if (cell == null || cell.isBlank()) {
            return new Pairing(Arrays.asList(none), null);
        }
        List<String> pieces = Arrays.stream(SEPARATOR.split(cell.strip())).filter(p -> !p.isBlank()).toList();
        if (pieces.size() == 1 && n > 1 && QuantityParser.read(pieces.get(0)).status() == ValueReading.Status.BLANK) {
            return new Pairing(Arrays.asList(none), null);
        }
        List<Unit> units = pieces.stream().map(p -> QuantityParser.read(p).unit()).toList();
        if (pieces.size() == n) {
            boolean inOrder = true;
            for (int i = 0; i < n; i++) {
                inOrder &= units.get(i) == null || fits(units.get(i), limits.get(i));
            }
            if (inOrder) {
                return new Pairing(pieces, null);
            }
        }
        String[] byUnit = new String[n];
        boolean unique = !units.contains(null);
        for (int i = 0; unique && i < pieces.size(); i++) {
            int match = -1;
            for (int k = 0; k < n; k++) {
                if (fits(units.get(i), limits.get(k))) {
                    unique &= match < 0;
                    match = k;
                }
            }
            unique &= match >= 0 && byUnit[match] == null;
            if (unique) {
                byUnit[match] = pieces.get(i);
            }
        }
        if (unique) {
            return new Pairing(Arrays.asList(byUnit), "paired with the limits by unit");
        }
        if (pieces.size() == n) {
            return new Pairing(pieces, "paired with the limits in order although a unit does not fit");
        }
        return new Pairing(Arrays.asList(none), "holds " + pieces.size() + (pieces.size() == 1 ? " value" : " values")
                + " for " + n + " limits and they could not be paired by unit");
    }

    /** Whether a value in {@code unit} can be compared with the limit (directly or after conversion). */
    static boolean fits(Unit unit, ConstraintReading limit) {
        Unit target = limit.constraint().limit().unit();
        boolean dose = limit.constraint().metric().kind().yieldsDose();
        if (unit.isDose()) {
            return dose && (target.isDose() || limit.ofPrescription())
                    || limit.alternative() != null && limit.alternative().limit().unit().isDose();
        }
        if (unit == Unit.PERCENT) {
            return target == Unit.PERCENT;
        }
        return target == Unit.CC || limit.alternative() != null && limit.alternative().limit().unit() == Unit.CC;
    }
}
