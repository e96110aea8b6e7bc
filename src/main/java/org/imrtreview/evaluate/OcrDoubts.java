package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imrtreview.constraint.ConstraintParser;
import org.imrtreview.constraint.QuantityParser;
import org.imrtreview.constraint.ValueReading;
import org.imrtreview.model.Column;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.OcrCell;
import org.imrtreview.model.SummaryTable;
import org.imrtreview.model.Unit;

/**
 * Which cells of a row read by OCR cannot be trusted yet: read with low confidence, or holding
 * what such a cell cannot hold — a dose or volume cell that is not one number with a unit, a
 * percentage above 100, a dose above 100 Gy (a lost decimal point: "283 Gy" for "28.3 Gy"), a
 * constraint that does not parse. Every column but the provider's answer decides the verdict or the
 * published check, so a doubt there keeps the row from supporting approval (and counts as an
 * unreadable cell) until the nurse confirms or corrects the cell. Decision 0154.
 */
public final class OcrDoubts {
    /** Below this engine confidence an OCR-read cell is not trusted. */
    public static final double TRUSTED = 0.80;

    /** One doubtful cell and why. {@code deciding}: the row's verdict or published check depends on it. */
    public record Doubt(OcrCell cell, String why, boolean deciding) {
    }

    private OcrDoubts() {
    }

    public static List<Doubt> of(RowContext c) {
        SummaryTable table = c.reviewCase().table();
        if (table == null || table.ocrCells().isEmpty()) {
            return List.of();
        }
        List<Doubt> out = new ArrayList<>();
        for (OcrCell cell : table.ocrCells()) {
            if (cell.row() != c.row().number() || !same(cell.text(), c.row().cell(cell.column()))) {
                continue; // another row, or a value the nurse has since typed
            }
            String why = why(cell);
            if (why != null) {
                out.add(new Doubt(cell, why, cell.column() != Column.ANSWER));
            }
        }
        return out;
    }

    static String why(OcrCell cell) {
        String invalid = switch (cell.column()) {
            case DOSE_3D, DOSE_IMRT -> invalidValue(cell.text());
            case CONSTRAINT -> invalidConstraint(cell.text());
            default -> null;
        };
        if (invalid != null) {
            return invalid;
        }
        if (cell.confidence() < TRUSTED) {
            return String.format(Locale.ROOT, "read with low confidence (%.0f %%)", cell.confidence() * 100);
        }
        return null;
    }

    private static String invalidValue(String text) {
        ValueReading r = QuantityParser.read(text);
        if (r.status() == ValueReading.Status.UNREADABLE) {
            return "not one number with a unit, as a dose or volume cell holds";
        }
        if (r.hasValue() && r.unit() == Unit.PERCENT && r.value() > 100) {
            return "a percentage above 100";
        }
        if (r.hasValue() && r.unit() == Unit.GY && r.value() > 100) {
            return "a dose above 100 Gy (a decimal point may have been lost)";
        }
        return null;
    }

    private static String invalidConstraint(String text) {
        Constraint k = ConstraintParser.parse(text);
        if (k == null || !k.parsed()) {
            return "not a constraint the program can read";
        }
        if (k.limit().unit() == Unit.PERCENT && k.limit().value() > 100) {
            return "a limit above 100 %";
        }
        if (k.limit().unit() == Unit.GY && k.limit().value() > 100) {
            return "a limit above 100 Gy (a decimal point may have been lost)";
        }
        return null;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
    }
}
