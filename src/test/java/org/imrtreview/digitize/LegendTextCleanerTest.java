package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegendTextCleanerTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Parotid_ L               | Parotid_L
            '  Brain  Stem (3D) '    | Brain Stem (3D)
            'PTV_7000:'              | PTV_7000
            '- SpinalCord_PRV05 |'   | SpinalCord_PRV05
            '+ PTV (IMRT)'           | PTV (IMRT)
            'Cochlea R ('            | Cochlea R
            'Lungs-GTV'              | Lungs-GTV
            'Optic Chiasm (IMRT'     | Optic Chiasm IMRT
            'Chiasm -- Chiasm (3D)'  | NONE
            'PTV 70 --Lt Parotid'    | NONE
            'Lt Parotid - Spinal Cord' | NONE
            '-.'                     | NONE
            'l'                      | NONE
            """)
    void cleansLegendPunctuationAndRefusesRunOnsAndSmudges(String raw, String expected) {
        assertEquals(expected, LegendTextCleaner.clean(raw).orElse(null));
    }
}
