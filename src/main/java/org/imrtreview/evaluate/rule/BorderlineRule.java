package org.imrtreview.evaluate.rule;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/** A value used for a verdict lies within 2 % of the limit: rounding could change the verdict. */
public final class BorderlineRule implements RowRule {

    /** SPEC §4: "within 2 % of the limit". */
    static final double FRACTION = 0.02;

    @Override
    public boolean eachLimit() {
        return true;
    }

    @Override
    public List<Flag> apply(RowContext c) {
        if (c.constraint() == null || !c.constraint().parsed()) {
            return List.of();
        }
        double limit = c.constraint().limit().value();
        List<String> near = new ArrayList<>();
        double limit3d = c.limit3d() == null ? limit : c.limit3d().value();
        if (near(c.dose3d(), limit3d)) {
            near.add("the 3D value " + Wording.value(c.dose3d(), c.unit()));
        }
        if (near(c.doseImrt(), limit)) {
            near.add("the IMRT value " + Wording.value(c.doseImrt(), c.unit()));
        }
        if (near.isEmpty()) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.BORDERLINE, capitalise(String.join(" and ", near)) + (near.size() > 1 ? " are" : " is")
                + " within 2% of the limit " + c.constraint().limit() + "; a small rounding or planning difference could change the verdict."));
    }

    static boolean near(Double value, double limit) {
        return value != null && Math.abs(value - limit) <= FRACTION * Math.abs(limit) + 1e-9;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
