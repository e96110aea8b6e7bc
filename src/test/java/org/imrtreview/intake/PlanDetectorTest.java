package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.imrtreview.model.PlanKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanDetectorTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            dvh_3d.png                          | THREE_D
            DVH-3D.png                          | THREE_D
            3DCRT_DVH.jpg                       | THREE_D
            DVH_3D-CRT.png                      | THREE_D
            3D conformal plan DVH.tif           | THREE_D
            threeDimensionalPlan.png            | THREE_D
            IMRT_DVH.jpg                        | IMRT
            dvh_imrt.png                        | IMRT
            DVH_VMAT.png                        | IMRT
            RapidArc plan.png                   | IMRT
            TomoTherapy_DVH.bmp                 | IMRT
            intensity-modulated.png             | IMRT
            3D_vs_IMRT.png                      | BOTH
            comparison.png                      | BOTH
            DVH comparison.png                  | BOTH
            dvhCompare.png                      | BOTH
            3D and VMAT overlay.png             | BOTH
            Dose Volume Histogram - IMRT plan   | IMRT
            Dose Volume Histogram - 3D-CRT plan | THREE_D
            dvh.png                             | none
            scan0001.jpg                        | none
            imrtreview.png                      | none
            """)
    void detectsPlanFromWords(String text, PlanKind expected) {
        assertEquals(expected, PlanDetector.detect(TextClassifier.normaliseName(text)));
    }
}
