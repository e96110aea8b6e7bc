package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DvhDataHandlerTest {

    @TempDir
    Path folder;

    private void copy(String fixture, String as) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dvh/" + fixture)) {
            Files.write(folder.resolve(as), in.readAllBytes());
        }
    }

    private Document doc(ReviewCase c, String file) {
        return c.documents().stream().filter(d -> d.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void caseFolderWithTwoExportsGetsCurvesForBothPlansAndLeavesOtherFilesAlone() throws Exception {
        copy("sample-3d.txt", "dvh_a.txt");
        copy("sample-imrt.txt", "dvh_b.txt");
        Files.writeString(folder.resolve("summary.csv"), "Organ at Risk,Dose Constraint\nRectum,V70 < 20%\n");
        Files.write(folder.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        ReviewCase c = CaseLoader.standard().load(folder);
        assertEquals(14, c.dvhCurves().size());
        assertEquals(DocumentKind.DVH_DATA, doc(c, "dvh_a.txt").kind());
        assertEquals(PlanKind.THREE_D, doc(c, "dvh_a.txt").plan());
        assertEquals(PlanKind.IMRT, doc(c, "dvh_b.txt").plan());
        assertTrue(doc(c, "dvh_a.txt").note().startsWith("Varian Eclipse DVH export: 7 structures in 1 plan (3D CRT 4FLD)"),
                doc(c, "dvh_a.txt").note());
        assertFalse(doc(c, "summary.csv").kind() == DocumentKind.DVH_DATA, "a summary table is not a DVH export");
        assertFalse(doc(c, "scan.png").kind() == DocumentKind.DVH_DATA);
    }

    @Test
    void damagedExportIsReportedByNameAndTheCaseStillLoads() throws Exception {
        copy("bad-nan.txt", "imrt.txt");
        ReviewCase c = CaseLoader.standard().load(folder);
        assertEquals(LoadState.WITH_ERRORS, doc(c, "imrt.txt").state());
        assertTrue(c.problems().stream().anyMatch(p -> p.file().equals("imrt.txt") && p.message().contains("not a number")),
                c.problems().toString());
        assertFalse(c.dvhCurves().isEmpty());
    }

    @Test
    void relativeDoseExportUsesThePrescriptionOfTheRequest() throws Exception {
        Files.writeString(folder.resolve("a_monaco.txt"), String.join("\n",
                "Patient ID: X~1 | Plan Name: IMRT 1 | Model: MC | Bin Width: 1.0(Gy) | Dose Units: % | Volume Units: %",
                "English (United States) Format In-use", "",
                "Rectum  0.0  100.0", "Rectum  50.0  40.0", "Rectum  100.0  0.0", "", "2026-11-17-Tue 14:05:31", ""));
        Files.writeString(folder.resolve("request.json"), "{\"prescription\": {\"totalDoseGy\": 70, \"fractions\": 35}}");
        ReviewCase c = CaseLoader.standard().load(folder);
        assertEquals(1, c.dvhCurves().size(), c.problems().toString());
        assertEquals(70.0, c.dvhCurves().get(0).doseAt(2), 1e-9);
    }

    @Test
    void acceptsByContentNotByName() {
        DvhDataHandler h = new DvhDataHandler();
        assertTrue(h.accepts("whatever.dat", "#RoiName:Rectum\n#Unit: Gy\n0\t100\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(h.accepts("dvh.txt", "Organ,Constraint\nRectum,V70<20%\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(h.accepts("dvh.csv", "Dose,Volume\n0,100\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rtDoseDvhsAreNamedByTheStructureSetBesideThem() throws Exception {
        copy("dicom/rtdose-explicit.dcm", "RD.1.dcm");
        copy("dicom/rtstruct.dcm", "RS.1.dcm");
        ReviewCase c = CaseLoader.standard().load(folder);
        assertEquals(java.util.List.of("PTV_70", "Rectum", "Parotid_L"),
                c.dvhCurves().stream().map(org.imrtreview.model.DvhCurve::structure).toList(), c.problems().toString());
        assertEquals(DocumentKind.DVH_DATA, doc(c, "RD.1.dcm").kind());
        assertEquals(LoadState.LOADED, doc(c, "RD.1.dcm").state());
        assertTrue(doc(c, "RS.1.dcm").note().startsWith("DICOM RT Structure Set"), doc(c, "RS.1.dcm").note());
    }

    @Test
    void rtDoseWithoutItsStructureSetIsDvhDataThatCouldNotBeUsed() throws Exception {
        copy("dicom/rtdose-implicit-undefined.dcm", "RD.1.dcm");
        ReviewCase c = CaseLoader.standard().load(folder);
        assertTrue(c.dvhCurves().isEmpty());
        assertEquals(DocumentKind.DVH_DATA, doc(c, "RD.1.dcm").kind());
        assertEquals(LoadState.UNREADABLE, doc(c, "RD.1.dcm").state());
        assertTrue(c.problems().stream().anyMatch(p -> p.file().equals("RD.1.dcm")
                && p.message().contains("RT Structure Set")), c.problems().toString());
    }

    @Test
    void aDvhTableInAnUnknownLayoutIsClaimedAndRefusedWithTheReasonNotPassedOn() throws Exception {
        StringBuilder text = new StringBuilder("Cumulative DVH export\nStructure;Rectum\nGy;cc\n");
        for (int i = 0; i <= 20; i++) {
            text.append(i * 4).append(';').append(72.4 - i * 3.4).append('\n');
        }
        Files.writeString(folder.resolve("dvh_rectum.csv"), text.toString());
        ReviewCase c = CaseLoader.standard().load(folder);
        assertEquals(DocumentKind.DVH_DATA, doc(c, "dvh_rectum.csv").kind());
        assertEquals(LoadState.UNREADABLE, doc(c, "dvh_rectum.csv").state());
        assertTrue(c.problems().stream().anyMatch(p -> p.file().equals("dvh_rectum.csv")
                && p.message().contains("looks like a DVH table")), c.problems().toString());
    }

    @Test
    void aCurveCutShortMakesTheDocumentWithErrorsAndNamesTheCut() throws Exception {
        copy("layout/planiq-cut-20gy.txt", "planiq.txt");
        ReviewCase c = CaseLoader.standard().load(folder);
        assertEquals(LoadState.WITH_ERRORS, doc(c, "planiq.txt").state());
        assertTrue(c.problems().stream().anyMatch(p -> p.file().equals("planiq.txt")
                && p.message().contains("curve ends at 20 Gy above 0 % volume")), c.problems().toString());
    }
}
