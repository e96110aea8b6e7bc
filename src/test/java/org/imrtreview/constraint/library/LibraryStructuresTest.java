package org.imrtreview.constraint.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibraryStructuresTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            Brain stem;            Brainstem
            Cord;                  SpinalCord
            Lt parotid;            Parotid_L
            Parotid (left);        Parotid_L
            Parotid;               Parotid_L|Parotid_R|Parotids
            Both parotids;         Parotids
            Optic nerve (right);   OpticNrv_R
            Optic pathway;         OpticChiasm|OpticNrv_L|OpticNrv_R
            Lungs (total);         Lungs
            Lung-GTV;              Lungs-GTV|Lungs
            Small bowel;           Bowel_Small
            Cauda equina;          CaudaEquina
            Femoral heads;         Femur_Head_L|Femur_Head_R
            Spinal cord PRV;       SpinalCord_PRV
            """)
    void organCellsMapToTheLibrarysStructureNames(String cell, String expected) {
        assertEquals(List.of(expected.split("\\|")), LibraryStructures.of(cell));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Lt parotid;    Parotid_L
            Femoral heads; Femur_Head_R
            Lung-GTV;      Lungs
            Cord;          SpinalCord
            """)
    void everyMappedOrganHasLibraryEntries(String cell, String structure) {
        assertTrue(LibraryStructures.of(cell).contains(structure));
        assertTrue(!ConstraintLibrary.standard().forStructure(structure).isEmpty());
    }
}
