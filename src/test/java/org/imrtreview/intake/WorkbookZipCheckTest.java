package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decision 0261: an .xlsx package is looked at from its zip directory before POI loads it. */
class WorkbookZipCheckTest {

    @TempDir
    Path tmp;

    @Test
    void aZipBombNamedLikeTheSummaryTableIsRefusedBeforeLoading() throws Exception {
        Path c = tmp.resolve("case");
        Files.createDirectories(c);
        Path bomb = c.resolve("Summary_Analysis.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 48; i++) {
                zip.write(blanks); // 48 MB of nothing, a few tens of kB on disk
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 1_000_000, "small on disk: " + Files.size(bomb));
        String why = WorkbookZipCheck.refusal(bomb);
        assertTrue(why != null && why.startsWith("is compressed ") && why.contains("to 1 (a zip bomb"), why);

        long start = System.nanoTime();
        ReviewCase rc = CaseLoader.standard().load(c);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000, "refused without inflating");
        assertEquals(LoadState.UNREADABLE, rc.documents().get(0).state());
        assertEquals("Summary_Analysis.xlsx", rc.problems().get(0).file());
        assertTrue(rc.table() == null);
    }

    /**
     * Campaign seed 20261207, mutant 1470: one NUL byte at 1383 of sample 08's workbook, inside its deflated
     * shared strings. Neither POI nor the JDK checks a part's CRC-32: the row read "Femoral h ads" and the
     * case stayed CRITERIA_MET on a reading that differed from the file the provider sent.
     */
    @Test
    void aWorkbookWhosePartFailsItsChecksumHoldsTheCase() throws Exception {
        Path c = tmp.resolve("case08");
        Files.createDirectories(c);
        try (var files = Files.list(Path.of("samples", "08-pelvis-formulas-criteria-met"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.copy(p, c.resolve(p.getFileName()));
            }
        }
        Path book = c.resolve("Delgado_IMRT_constraints.xlsx");
        byte[] b = Files.readAllBytes(book);
        b[1383] = 0;
        Files.write(book, b);
        String why = WorkbookZipCheck.damage(book);
        assertTrue(why != null && why.startsWith("is damaged: its part xl/"), why);

        org.imrtreview.model.Evaluation e = org.imrtreview.evaluate.Evaluator.standard().evaluate(CaseLoader.standard().load(c));
        assertEquals(org.imrtreview.model.Determination.INCOMPLETE, e.determination());
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("Delgado_IMRT_constraints.xlsx")
                && p.code() == org.imrtreview.model.ProblemCode.EVIDENCE_DAMAGED), e.problems().toString());
    }

    @Test
    void theSamplesWorkbooksPass() throws Exception {
        for (String s : new String[] {"01-brain-glioblastoma-criteria-met/Summary_Analysis_3D_vs_IMRT.xlsx",
            "10-head-neck-stricter-than-published/Summary_Analysis_template_filled.xlsx",
            "04-prostate-xls-criteria-not-met/DVH comparison table.xls"}) {
            assertNull(WorkbookZipCheck.refusal(Path.of("samples", s)), s);
            assertNull(WorkbookZipCheck.damage(Path.of("samples", s)), s);
        }
        try (var files = Files.walk(Path.of("samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                assertNull(WorkbookZipCheck.damage(p), "every bundled workbook passes its checksums: " + p);
            }
        }
        Path tiny = tmp.resolve("x.xlsx");
        try (OutputStream out = Files.newOutputStream(tiny)) {
            out.write("not a zip".getBytes(StandardCharsets.UTF_8));
        }
        assertNull(WorkbookZipCheck.refusal(tiny), "not a zip: left to POI, which calls it damaged");
    }
}
