package org.imrtreview.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            Brain stem ; Brainstem
            Brainstem ; Brainstem
            BrainStem ; Brainstem
            Brain Stem ; Brainstem
            BRAINSTEM ; Brainstem
            Brain-stem ; Brainstem
            Brainstem (not medulla) ; Brainstem
            Cord ; SpinalCord
            Spinal cord ; SpinalCord
            SpinalCord ; SpinalCord
            Spinal Cord (10 cm) ; SpinalCord
            Spinal cord & medulla ; SpinalCord
            Spinal canal ; SpinalCanal
            Lt parotid ; Parotid_L
            Parotid (left) ; Parotid_L
            Parotid_L ; Parotid_L
            L Parotid ; Parotid_L
            Left parotid gland ; Parotid_L
            LtParotid ; Parotid_L
            PAROTID_LT ; Parotid_L
            Rt Parotid ; Parotid_R
            Right Parotid Gland ; Parotid_R
            Parotids ; Parotids
            Both parotids ; Parotids
            Parotid glands (bilateral, combined) ; Parotids
            Parotid ; Parotid_L|Parotid_R
            Optic nerve (right) ; OpticNrv_R
            OpticNrv_R ; OpticNrv_R
            Rt optic nerve ; OpticNrv_R
            Optic Nerve L ; OpticNrv_L
            Lungs (total) ; Lungs
            Total lung ; Lungs
            Lungs ; Lungs
            Lung ; Lungs
            Lung (whole) ; Lungs
            Lung_L ; Lung_L
            Left lung ; Lung_L
            Lungs-GTV ; Lungs-GTV
            Lung-GTV ; Lungs-GTV
            Lungs minus GTV ; Lungs-GTV
            Total lung - GTV ; Lungs-GTV
            Lungs-ITV ; Lungs-ITV
            Small bowel ; Bowel_Small
            Small Bowel (individual loops) ; Bowel_Small
            Bowel_Small ; Bowel_Small
            Jejunum / ileum ; Bowel_Small
            Small intestine ; Bowel_Small
            Bowel bag ; Bowel
            Cauda equina ; CaudaEquina
            CaudaEquina ; CaudaEquina
            Femoral heads ; Femur_Head_L|Femur_Head_R
            Femoral head (left) ; Femur_Head_L
            Femur_Head_R ; Femur_Head_R
            Rt femoral head ; Femur_Head_R
            Chiasm ; OpticChiasm
            Optic chiasm ; OpticChiasm
            Esophagus ; Esophagus
            Oesophagus ; Esophagus
            Heart ; Heart
            Heart/pericardium ; Heart
            Rectum ; Rectum
            Bladder ; Bladder
            Bladder-CTV ; Bladder-CTV
            Brachial plexus ; BrachialPlex_L|BrachialPlex_R
            Brachial plexus (right) ; BrachialPlex_R
            BrachialPlex_L ; BrachialPlex_L
            Cochlea ; Cochlea_L|Cochlea_R
            Left cochlea ; Cochlea_L
            Larynx ; Larynx
            Mandible ; Bone_Mandible
            Mandible / TMJ ; Bone_Mandible
            Kidneys ; Kidneys
            Kidneys (bilateral) ; Kidneys
            Kidney_R ; Kidney_R
            Liver ; Liver
            Liver (normal) ; Liver
            Penile bulb ; PenileBulb
            Pharyngeal constrictors ; Musc_Constrict
            Thyroid ; Glnd_Thyroid
            Temporal lobe (L) ; Lobe_Temporal_L
            Submandibular gland R ; Glnd_Submand_R
            Great vessels ; GreatVes
            Stomach ; Stomach
            Duodenum ; Duodenum
            Sacral plexus ; SacralPlex
            Trachea & large bronchi ; Trachea
            Optic pathway ; OpticPathway
            Hippocampi ; Hippocampi
            Lenses ; Lens_L|Lens_R
            Large bowel ; Bowel_Large
            Anal canal ; Canal_Anal
            """)
    void readsCommonSpellingsAsTg263Names(String text, String tg263) {
        assertEquals(tg263, OrganNames.normalise(text).orElseThrow().tg263());
    }

    @ParameterizedTest(name = "{0} -> {1} PRV {2} mm")
    @CsvSource(delimiter = ';', textBlock = """
            PRV5 SpinalCanal ; SpinalCanal ; 5
            SpinalCord_PRV05 ; SpinalCord ; 5
            Cord PRV 3mm ; SpinalCord ; 3
            Brainstem_PRV03 ; Brainstem ; 3
            Spinal cord + 5 mm ; SpinalCord ; 5
            Brainstem PRV 0.3 cm ; Brainstem ; 3
            """)
    void notesPrvExpansionAndItsMargin(String text, String tg263, double marginMm) {
        OrganName name = OrganNames.normalise(text).orElseThrow();
        assertEquals(tg263, name.tg263());
        assertTrue(name.prv());
        assertEquals(marginMm, name.prvMarginMm(), 1e-9);
    }

    @Test
    void prvWithoutMarginIsStillAPrv() {
        OrganName name = OrganNames.normalise("Cord PRV").orElseThrow();
        assertTrue(name.prv());
        assertTrue(Double.isNaN(name.prvMarginMm()));
        assertEquals("SpinalCord (PRV)", name.display());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Parotid (contralateral) ; CONTRALATERAL
            Contralateral parotid ; CONTRALATERAL
            Spared parotid ; CONTRALATERAL
            Ipsilateral parotid ; IPSILATERAL
            Parotid (each) ; UNSPECIFIED
            Parotid (either) ; UNSPECIFIED
            Parotids ; BOTH
            Brainstem ; NONE
            L parotid ; LEFT
            """)
    void readsLaterality(String text, Laterality side) {
        assertEquals(side, OrganNames.normalise(text).orElseThrow().side());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PTV", "PTV_7000", "Rectum_opt", "z_Bladder_avoid", "Ring PTV", "CTV 5400", "", "   ",
            "Dose 105[%]", "Couch Surface", "Marker 1"})
    void helperStructuresTargetsAndNoiseAreNotOrgans(String text) {
        assertTrue(OrganNames.normalise(text).isEmpty(), text);
    }

    @ParameterizedTest(name = "{0} suggests {1}")
    @CsvSource(delimiter = ';', textBlock = """
            Brian stem ; Brainstem
            Brainsteem ; Brainstem
            Spinal crod ; SpinalCord
            Esophogus ; Esophagus
            Paroitd ; Parotid_L|Parotid_R
            Cochela ; Cochlea_L|Cochlea_R
            Rectm ; Rectum
            """)
    void unknownNamesGetTheClosestSuggestionFirst(String text, String first) {
        assertTrue(OrganNames.normalise(text).isEmpty(), text + " should not be recognised as typed");
        assertEquals(first, OrganNames.suggestions(text).get(0));
    }

    @Test
    void nonsenseGetsNoSuggestion() {
        assertEquals(java.util.List.of(), OrganNames.suggestions("Xylophone quartet"));
    }

    @ParameterizedTest(name = "table {0} / structure {1} -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            Lt parotid ; Parotid_L ; EXACT
            Lt parotid ; Parotid_R ; NONE
            Rt parotid ; Parotid_L ; NONE
            Parotid (left) ; LT PAROTID ; EXACT
            Parotids ; Parotids ; EXACT
            Both parotids ; Parotid_L ; NONE
            Parotid (contralateral) ; Parotid_R ; SIDE_UNKNOWN
            Parotid ; Parotid_L ; SIDE_UNKNOWN
            Brain stem ; Brainstem ; EXACT
            Brainstem ; Brainstem_PRV03 ; NONE
            Brainstem PRV ; Brainstem_PRV03 ; EXACT
            Spinal cord ; PRV5 SpinalCanal ; NONE
            Spinal cord ; SpinalCord ; EXACT
            Spinal canal PRV ; PRV5 SpinalCanal ; EXACT
            Total lung ; Lungs ; EXACT
            Total lung ; Lungs-GTV ; TARGET_SUBTRACTION_DIFFERS
            Lungs-GTV ; Lungs-GTV ; EXACT
            Total lung ; Lung_L ; NONE
            Femoral heads ; Femur_Head_L ; EACH_MEMBER
            Femoral heads ; Femur_Head_R ; EACH_MEMBER
            Left femoral head ; Femur_Head_R ; NONE
            Optic pathway ; OpticChiasm ; EACH_MEMBER
            Optic pathway ; OpticNrv_L ; EACH_MEMBER
            Chiasm ; OpticNrv_L ; NONE
            Rectum ; Rectum_opt ; NONE
            Rectum ; Bladder ; NONE
            Small bowel ; Bowel_Small ; EXACT
            Kidneys ; Kidneys ; EXACT
            Kidneys ; Kidney_L ; NONE
            """)
    void decidesWhetherAStructureStandsForATableOrgan(String table, String structure, OrganMatch expected) {
        assertEquals(expected, OrganNames.match(table, structure));
    }

    @Test
    void unrecognisedNamesNeverMatch() {
        assertFalse(OrganNames.match("Xylophone", "Xylophone").matches());
    }
}
