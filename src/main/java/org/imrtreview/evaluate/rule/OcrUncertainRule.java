package org.imrtreview.evaluate.rule;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.evaluate.OcrDoubts;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/**
 * A cell of this row was read by OCR from a scanned or faxed page and cannot be trusted yet (low
 * confidence, or digits and units a cell of its kind cannot hold). Blocks support until the nurse
 * confirms or corrects the cell: OCR evidence never moves a case toward approval on its own.
 */
public final class OcrUncertainRule implements RowRule {

    @Override
    public List<Flag> apply(RowContext c) {
        List<Flag> flags = new ArrayList<>();
        for (OcrDoubts.Doubt d : OcrDoubts.of(c)) {
            String message = "The " + d.cell().column().missingWord().replace("dose3d", "3D value")
                    .replace("doseImrt", "IMRT value") + " was read from a scanned page (" + d.cell().where() + ") as "
                    + Wording.quoted(d.cell().text()) + ", " + d.why() + ": compare it with the page and confirm or"
                    + " correct the cell (F2)" + (d.deciding() ? "; until then this row does not support approval." : ".");
            String plain = "A value in the summary table could not be read clearly from the scanned copy.";
            flags.add(d.deciding() ? Flag.blocking(FlagCode.OCR_UNCERTAIN, message, plain)
                    : new Flag(FlagCode.OCR_UNCERTAIN, message, false, plain));
        }
        return flags;
    }
}
