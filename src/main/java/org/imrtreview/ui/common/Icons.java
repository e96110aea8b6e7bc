package org.imrtreview.ui.common;

import org.imrtreview.model.FlagCode;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Icons for row flags, and how serious each flag is (drives its colour). */
public final class Icons {

    public enum Severity { DANGER, WARNING, INFO }

    private Icons() {
    }

    public static FontIcon icon(Ikon ikon, String styleClass) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add(styleClass);
        return icon;
    }

    public static Ikon flagIcon(FlagCode code) {
        return switch (code) {
            case ANSWER_MISMATCH -> MaterialDesignC.COMMENT_ALERT_OUTLINE;
            case IMRT_WORSE -> MaterialDesignA.ARROW_DOWN_BOLD;
            case CONSTRAINT_UNPARSED, VALUE_MISSING, VALUE_IMPOSSIBLE, ROWS_CONFLICT, ANSWER_MISSING, ORGAN_MISSING -> MaterialDesignH.HELP_CIRCLE_OUTLINE;
            case UNIT_CONVERTED -> MaterialDesignS.SWAP_HORIZONTAL;
            case SOURCE_MISSING, SOURCE_UNRECOGNIZED, NO_PUBLISHED_MATCH -> MaterialDesignB.BOOK_ALERT_OUTLINE;
            case STRICTER_THAN_PUBLISHED, LOOSER_THAN_PUBLISHED, FRACTIONATION_MISMATCH -> MaterialDesignS.SCALE_UNBALANCED;
            case BORDERLINE -> MaterialDesignA.ALERT_OUTLINE;
            case DVH_TABLE_MISMATCH, ORGAN_NOT_IN_DVH, DVH_PLANS_SWAPPED, DVH_VALUES_OF_ANOTHER_ORGAN -> MaterialDesignC.CHART_BELL_CURVE;
            case OCR_UNCERTAIN -> MaterialDesignE.EYE_CHECK_OUTLINE;
            default -> MaterialDesignF.FLAG_OUTLINE;
        };
    }

    public static Severity severity(FlagCode code, boolean blocksSupport) {
        if (blocksSupport) {
            return Severity.DANGER;
        }
        return switch (code) {
            case ANSWER_MISMATCH, IMRT_WORSE, DVH_TABLE_MISMATCH, VALUE_MISSING, CONSTRAINT_UNPARSED -> Severity.DANGER;
            case UNIT_CONVERTED -> Severity.INFO;
            default -> Severity.WARNING;
        };
    }

    public static String styleClass(Severity severity) {
        return "flag-" + severity.name().toLowerCase(java.util.Locale.ROOT);
    }
}
